package io.storyline.analysis.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storyline.analysis.evaluation.formats.CatDocument;
import io.storyline.analysis.evaluation.formats.CatReader;
import io.storyline.analysis.evaluation.formats.ConllCorpus;
import io.storyline.analysis.evaluation.formats.ConllReader;
import io.storyline.analysis.evaluation.formats.Iob1;
import io.storyline.analysis.evaluation.formats.TimeMlReader;
import io.storyline.analysis.evaluation.formats.TimeMlTimex;
import io.storyline.analysis.evaluation.metrics.EntityScore;
import io.storyline.analysis.evaluation.metrics.MeantimeScore;
import io.storyline.analysis.evaluation.metrics.PrfCounts;
import io.storyline.analysis.evaluation.metrics.TimeScore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluationRunnerTest {

    private static final String TIMEML = """
            <?xml version="1.0" ?>
            <TimeML>
            <DOCID>TEST1</DOCID>
            <DCT><TIMEX3 tid="t0" type="DATE" value="1999-06-01" functionInDocument="CREATION_TIME">06/01/1999</TIMEX3></DCT>
            <TEXT>
            In <TIMEX3 tid="t1" type="DATE" value="1998">1998</TIMEX3> the Smith company <EVENT eid="e1">grew</EVENT>, \
            and by <TIMEX3 tid="t2" type="DATE" value="1999-03">March 1999</TIMEX3> it had doubled.
            </TEXT>
            </TimeML>
            """;

    private static final String CONLL = """
            Paris NNP I-NP I-LOC
            beat VBD I-VP O
            Lyon NNP I-NP I-ORG
            . . O O

            Germany NNP I-NP I-LOC
            France NNP I-NP B-LOC
            won VBD I-VP O
            . . O O

            -DOCSTART- -X- O O
            """;

    /** Wikigold's layout: token and tag only. */
    private static final String WIKI = """
            Lima I-LOC
            hosts O
            the O
            Quipu I-ORG
            Society I-ORG
            . O

            -DOCSTART- O
            """;

    private static final String CAT = """
            <?xml version="1.0" ?><Document doc_id="7" doc_name="7_Apple_hires" lang="en" url="http://example.org/7">
            <token number="0" sentence="0" t_id="1">Apple</token>
            <token number="1" sentence="0" t_id="2">hired</token>
            <token number="2" sentence="0" t_id="3">Jobs</token>
            <token number="3" sentence="0" t_id="4">in</token>
            <token number="4" sentence="0" t_id="5">1997</token>
            <token number="5" sentence="0" t_id="6">.</token>
            <token number="6" sentence="1" t_id="7">June</token>
            <token number="7" sentence="1" t_id="8">1</token>
            <token number="8" sentence="1" t_id="9">,</token>
            <token number="9" sentence="1" t_id="10">2005</token>
            <Markables>
            <ENTITY_MENTION m_id="1" syntactic_type="NAM"><token_anchor t_id="1"/></ENTITY_MENTION>
            <ENTITY_MENTION m_id="2" syntactic_type="NAM"><token_anchor t_id="3"/></ENTITY_MENTION>
            <EVENT_MENTION m_id="3" pred="hire"><token_anchor t_id="2"/></EVENT_MENTION>
            <TIMEX3 m_id="4" type="DATE" value="1997" functionInDocument="NONE"><token_anchor t_id="5"/></TIMEX3>
            <TIMEX3 m_id="5" type="DATE" value="2005-06-01" functionInDocument="CREATION_TIME">
            <token_anchor t_id="7"/><token_anchor t_id="8"/><token_anchor t_id="9"/><token_anchor t_id="10"/>
            </TIMEX3>
            <ENTITY m_id="6" ent_type="ORG" TAG_DESCRIPTOR="Apple"/>
            <ENTITY m_id="7" ent_type="PER" TAG_DESCRIPTOR="Steve Jobs"/>
            </Markables>
            <Relations>
            <HAS_PARTICIPANT r_id="1" sem_role="Arg0"><source m_id="3"/><target m_id="1"/></HAS_PARTICIPANT>
            <HAS_PARTICIPANT r_id="2" sem_role="Arg1"><source m_id="3"/><target m_id="2"/></HAS_PARTICIPANT>
            <REFERS_TO r_id="3"><source m_id="1"/><target m_id="6"/></REFERS_TO>
            <REFERS_TO r_id="4"><source m_id="2"/><target m_id="7"/></REFERS_TO>
            </Relations>
            </Document>
            """;

    private static final Pattern YEAR = Pattern.compile("\\b(19|20)\\d\\d\\b");
    private static final Pattern CAPITALISED = Pattern.compile("\\b[A-Z][a-z]+\\b");
    private static final Pattern PAST = Pattern.compile("\\b[a-z]+ed\\b");

    /** Every year is a DATE whose value is the year. */
    private static final TimeTagger YEARS = new TimeTagger() {
        @Override
        public String name() {
            return "years";
        }

        @Override
        public List<TimexPrediction> tag(String text, LocalDate documentDate) {
            return years(text);
        }
    };

    private static final TimeTagger BROKEN = new TimeTagger() {
        @Override
        public String name() {
            return "broken";
        }

        @Override
        public List<TimexPrediction> tag(String text, LocalDate documentDate) {
            throw new IllegalStateException("model not loaded");
        }
    };

    /** Every capitalised word is a place of its own. */
    private static final EntityTagger CAPITALS = new EntityTagger() {
        @Override
        public String name() {
            return "capitals";
        }

        @Override
        public List<TokenSpan> tag(List<List<String>> sentences) {
            List<TokenSpan> spans = new ArrayList<>();
            for (int s = 0; s < sentences.size(); s++) {
                for (int t = 0; t < sentences.get(s).size(); t++) {
                    if (CAPITALISED.matcher(sentences.get(s).get(t)).matches()) {
                        spans.add(new TokenSpan(s, t, t + 1, "LOC"));
                    }
                }
            }
            return spans;
        }
    };

    /** Capitalised words are people, past tenses events with every person taking part, years dates. */
    private static final DocumentTagger SIMPLE = new DocumentTagger() {
        @Override
        public String name() {
            return "simple";
        }

        @Override
        public DocumentPrediction tag(String text, LocalDate documentDate) {
            List<CharSpan> entities = spans(CAPITALISED, text, "PER");
            List<CharSpan> events = spans(PAST, text, null);
            List<Participation> participants = new ArrayList<>();
            events.forEach(event -> entities.forEach(entity -> participants.add(new Participation(event, entity, null))));
            return new DocumentPrediction(entities, events, years(text), participants);
        }
    };

    private static final DocumentTagger SILENT = new DocumentTagger() {
        @Override
        public String name() {
            return "silent";
        }

        @Override
        public DocumentPrediction tag(String text, LocalDate documentDate) {
            return null;
        }
    };

    private static List<TimexPrediction> years(String text) {
        return spans(YEAR, text, null).stream()
                .map(span -> new TimexPrediction(span.begin(), span.end(), "DATE", text.substring(span.begin(), span.end())))
                .toList();
    }

    private static List<CharSpan> spans(Pattern pattern, String text, String type) {
        List<CharSpan> spans = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            spans.add(new CharSpan(matcher.start(), matcher.end(), type));
        }
        return spans;
    }

    private static Path evalFolder(Path root) throws IOException {
        Path eval = root.resolve("eval");
        write(eval.resolve("tempeval3-tbaq/TimeBank/TEST1.tml"), TIMEML);
        write(eval.resolve("conll2003/eng.testa"), CONLL);
        write(eval.resolve("wikigold/wikigold.conll"), WIKI);
        write(eval.resolve("meantime-apple/7_Apple_hires.xml"), CAT);
        write(eval.resolve("meantime-apple/LICENSE.txt"), "not a document");
        return eval;
    }

    private static void write(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    private static EvaluationReport runAll(Path root) throws IOException {
        EvaluationSettings settings = new EvaluationSettings(evalFolder(root), root.resolve("out"), 2);
        EvaluationSystems systems = new EvaluationSystems(List.of(YEARS, BROKEN), List.of(CAPITALS),
                List.of(SIMPLE, SILENT));
        return new EvaluationRunner(settings, systems).run();
    }

    @Test
    void timeTaggersAreScoredTheTempEvalWay(@TempDir Path root) throws IOException {
        SetResult<TimeScore> set = runAll(root).tempEval().orElseThrow();

        assertEquals(1, set.documents());
        assertEquals(2, set.gold().get("time expressions"));
        TimeScore years = set.system("years").orElseThrow().score();
        assertEquals(new PrfCounts(1, 1, 1), years.strict(), "1998 exact; 1999 inside March 1999");
        assertEquals(new PrfCounts(2, 0, 0), years.relaxed());
        assertEquals(1.0, years.typeAccuracy());
        assertEquals(0.5, years.valueAccuracy(), "1999 is not 1999-03");
        assertEquals(0.5, years.valueF1(), 1e-9);
        SystemResult<TimeScore> broken = set.system("broken").orElseThrow();
        assertEquals(1, broken.errors());
        assertTrue(broken.firstError().contains("model not loaded"));
        assertEquals(new PrfCounts(0, 0, 2), broken.score().relaxed(), "a failed document predicted nothing");
    }

    @Test
    void entityTaggersAreScoredByExactSpanAndType(@TempDir Path root) throws IOException {
        SetResult<EntityScore> set = runAll(root).conll().orElseThrow();

        assertEquals(1, set.documents());
        assertEquals(8, set.tokens());
        assertEquals(4, set.gold().get("entities"));
        EntityScore capitals = set.system("capitals").orElseThrow().score();
        assertEquals(new PrfCounts(3, 1, 0), capitals.type("LOC"), "Germany and France are two places");
        assertEquals(new PrfCounts(0, 0, 1), capitals.type("ORG"));
        assertEquals(0.75, capitals.overall().f1(), 1e-9);
    }

    @Test
    void wikigoldIsScoredBesideConllInTheSameRun(@TempDir Path root) throws IOException {
        EvaluationReport report = runAll(root);
        SetResult<EntityScore> set = report.wikigold().orElseThrow();

        assertEquals(List.of("conll2003", "wikigold"), report.entitySets().stream().map(SetResult::name).toList());
        assertEquals(6, set.tokens());
        assertEquals(2, set.gold().get("entities"));
        EntityScore capitals = set.system("capitals").orElseThrow().score();
        assertEquals(new PrfCounts(1, 2, 0), capitals.type("LOC"), "Lima right; Quipu and Society are no places");
        assertEquals(new PrfCounts(0, 0, 1), capitals.type("ORG"));
        assertTrue(Files.exists(root.resolve("out/predictions/capitals/wikigold/wikigold.conll")));
        String markdown = Files.readString(root.resolve("out/report.md"));
        assertTrue(markdown.contains("## Wikigold named entities (exact span and type) — `wikigold`"));
        assertTrue(markdown.contains("| conll2003 | 75.0 |"), markdown);
        assertTrue(markdown.contains("| wikigold | 40.0 |"), markdown);
    }

    @Test
    void documentTaggersAreScoredOnMeantime(@TempDir Path root) throws IOException {
        SetResult<MeantimeScore> set = runAll(root).meantime().orElseThrow();

        assertEquals(1, set.documents(), "LICENSE.txt is not a document");
        assertEquals(10, set.tokens());
        assertEquals(2, set.gold().get("time expressions"), "the dateline is in the text, so it counts");
        MeantimeScore simple = set.system("simple").orElseThrow().score();
        assertEquals(new PrfCounts(2, 1, 0), simple.entities(), "Apple, Jobs right; June wrong");
        assertEquals(new PrfCounts(1, 2, 1), simple.typedEntities(), "Apple is an ORG");
        assertEquals(new PrfCounts(1, 2, 1), simple.typedNamedEntities());
        assertEquals(new PrfCounts(1, 0, 0), simple.events());
        assertEquals(new PrfCounts(1, 1, 1), simple.times().strict());
        assertEquals(0.5, simple.times().valueF1(), 1e-9, "2005 overlaps the dateline but is not 2005-06-01");
        assertEquals(new PrfCounts(2, 1, 0), simple.participants());
        SystemResult<MeantimeScore> silent = set.system("silent").orElseThrow();
        assertEquals(1, silent.errors());
        assertEquals(new PrfCounts(0, 0, 2), silent.score().typedEntities(), "returning null predicts nothing");
    }

    @Test
    void predictionsAreWrittenInTheGoldsFormatsAndReadBack(@TempDir Path root) throws IOException {
        runAll(root);
        Path predictions = root.resolve("out/predictions");

        List<TimeMlTimex> times = new TimeMlReader().read(predictions.resolve("years/tempeval3-tbaq/TimeBank/TEST1.tml"))
                .timexes();
        assertEquals(List.of("1998", "1999"), times.stream().map(TimeMlTimex::value).toList());
        assertTrue(Files.exists(predictions.resolve("broken/tempeval3-tbaq/TimeBank/TEST1.tml")));

        ConllCorpus conll = new ConllReader().read(predictions.resolve("capitals/conll2003/eng.testa"));
        assertEquals(List.of(new Iob1.Chunk(0, 1, "LOC"), new Iob1.Chunk(1, 2, "LOC")),
                conll.documents().get(0).sentences().get(1).entities(), "France got B-LOC after Germany");

        CatDocument cat = new CatReader().read(predictions.resolve("simple/meantime-apple/7_Apple_hires.xml"));
        assertEquals(3, cat.entities().size());
        assertEquals(3, cat.participants().size());
        assertEquals(LocalDate.of(2005, 6, 1), cat.creationDate());
        assertEquals("PER", cat.entities().get(0).entityType());
    }

    @Test
    void theReportsShowTheFiguresSideBySide(@TempDir Path root) throws IOException {
        runAll(root);

        String markdown = Files.readString(root.resolve("out/report.md"));
        assertTrue(markdown.contains("| | years | broken |"));
        assertTrue(markdown.contains("| **value F1** | 50.0 | 0.0 |"));
        assertTrue(markdown.contains("| **Overall (micro) P / R / F1** | 75.0 / 75.0 / 75.0 |"));
        assertTrue(markdown.contains("| Documents failed | 0 | 1 |"));
        String json = Files.readString(root.resolve("out/report.json"));
        assertTrue(json.contains("\"valueF1\": 0.500000"));
        assertTrue(json.contains("\"times.valueF1\": 0.500000"));
        assertTrue(json.contains("\"firstError\": \"document 1: returned null\""));
    }

    @Test
    void aMissingSetIsSkippedWithANoteAndTheLimitCutsDocuments(@TempDir Path root) throws IOException {
        Path eval = evalFolder(root);
        Files.delete(eval.resolve("conll2003/eng.testa"));
        write(eval.resolve("tempeval3-tbaq/TimeBank/TEST2.tml"), TIMEML);
        EvaluationSettings settings = new EvaluationSettings(eval, root.resolve("out"), 1, OptionalInt.of(1));

        EvaluationReport report = new EvaluationRunner(settings,
                new EvaluationSystems(List.of(YEARS), List.of(CAPITALS), List.of())).run();

        assertFalse(report.conll().isPresent());
        assertTrue(report.messages().stream().anyMatch(message -> message.startsWith("skipped conll2003")));
        assertEquals(1, report.tempEval().orElseThrow().documents());
        assertTrue(report.meantime().orElseThrow().systems().isEmpty());
        assertTrue(Files.readString(root.resolve("out/report.md")).contains("skipped conll2003"));
    }
}
