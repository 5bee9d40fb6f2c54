package io.storyline.analysis.evaluation.systems;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.TimeAnnotator;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import io.storyline.analysis.evaluation.CharSpan;
import io.storyline.analysis.evaluation.DocumentPrediction;
import io.storyline.analysis.evaluation.DocumentTagger;
import io.storyline.analysis.evaluation.EntityTagger;
import io.storyline.analysis.evaluation.TimeTagger;
import io.storyline.analysis.evaluation.TimexPrediction;
import io.storyline.analysis.evaluation.TokenSpan;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * The stock configurations the analysis is measured against: SUTime with its defaults (over tokenize, ssplit, pos
 * and lemma, as its documentation runs it), and CoreNLP's default English pipeline (tokenize, ssplit, pos, lemma,
 * ner: three CRF models, the fine-grained types and SUTime), both given the document date.
 */
public final class StockSystems {

    public static final String SUTIME = "stock-sutime";
    public static final String CORENLP = "stock-corenlp";

    /** CoreNLP's entity types as CoNLL counts them; the rest (titles, numbers, dates, ...) are not names. */
    private static final Map<String, String> CONLL = Map.ofEntries(
            Map.entry("PERSON", "PER"), Map.entry("ORGANIZATION", "ORG"), Map.entry("LOCATION", "LOC"),
            Map.entry("CITY", "LOC"), Map.entry("COUNTRY", "LOC"), Map.entry("STATE_OR_PROVINCE", "LOC"),
            Map.entry("MISC", "MISC"), Map.entry("NATIONALITY", "MISC"), Map.entry("RELIGION", "MISC"));

    private final StanfordCoreNLP tagger;
    private final TimeAnnotator sutime;
    private final StanfordCoreNLP defaults;
    private final StanfordCoreNLP defaultsPretokenized;

    public StockSystems() {
        Properties tagging = new Properties();
        tagging.setProperty("annotators", "tokenize,ssplit,pos,lemma");
        this.tagger = new StanfordCoreNLP(tagging);
        this.sutime = new TimeAnnotator("sutime", new Properties());
        Properties ner = new Properties();
        ner.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        this.defaults = new StanfordCoreNLP(ner);
        Properties pretokenized = new Properties();
        pretokenized.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        pretokenized.setProperty("tokenize.whitespace", "true");
        pretokenized.setProperty("ssplit.eolonly", "true");
        this.defaultsPretokenized = new StanfordCoreNLP(pretokenized);
    }

    public TimeTagger sutime() {
        return new TimeTagger() {
            @Override
            public String name() {
                return SUTIME;
            }

            @Override
            public List<TimexPrediction> tag(String text, LocalDate documentDate) {
                Annotation annotation = annotation(text, documentDate);
                tagger.annotate(annotation);
                sutime.annotate(annotation);
                List<TimexPrediction> found = new ArrayList<>();
                for (CoreMap m : annotation.get(TimeAnnotations.TimexAnnotations.class)) {
                    found.add(timex(m));
                }
                return found;
            }
        };
    }

    public EntityTagger corenlpNer() {
        return new EntityTagger() {
            @Override
            public String name() {
                return CORENLP;
            }

            @Override
            public List<TokenSpan> tag(List<List<String>> sentences) {
                String text = sentences.stream().map(s -> String.join(" ", s)).collect(Collectors.joining("\n"));
                Annotation annotation = new Annotation(text);
                defaultsPretokenized.annotate(annotation);
                List<TokenSpan> spans = new ArrayList<>();
                List<CoreMap> split = annotation.get(CoreAnnotations.SentencesAnnotation.class);
                for (int s = 0; s < split.size(); s++) {
                    List<CoreLabel> tokens = split.get(s).get(CoreAnnotations.TokensAnnotation.class);
                    int i = 0;
                    while (i < tokens.size()) {
                        String tag = tokens.get(i).ner();
                        String type = tag == null ? null : CONLL.get(tag);
                        int start = i++;
                        while (type != null && i < tokens.size() && tag.equals(tokens.get(i).ner())) {
                            i++;
                        }
                        if (type != null) {
                            spans.add(new TokenSpan(s, start, i, type));
                        }
                    }
                }
                return spans;
            }
        };
    }

    public DocumentTagger corenlpDocuments() {
        return new DocumentTagger() {
            @Override
            public String name() {
                return CORENLP;
            }

            @Override
            public DocumentPrediction tag(String text, LocalDate documentDate) {
                Annotation annotation = annotation(text, documentDate);
                defaults.annotate(annotation);
                List<CharSpan> entities = new ArrayList<>();
                List<TimexPrediction> times = new ArrayList<>();
                for (CoreMap m : annotation.get(CoreAnnotations.MentionsAnnotation.class)) {
                    if (m.get(TimeAnnotations.TimexAnnotation.class) != null) {
                        times.add(timex(m));
                        continue;
                    }
                    String type = CONLL.get(m.get(CoreAnnotations.NamedEntityTagAnnotation.class));
                    if (type != null && !isPronoun(m)) {
                        entities.add(new CharSpan(m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                                m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class), type));
                    }
                }
                return new DocumentPrediction(entities, List.of(), times, List.of());
            }
        };
    }

    /** CoreNLP's entity mentions include pronouns the coreference step would link; those are not names. */
    private static boolean isPronoun(CoreMap mention) {
        List<CoreLabel> tokens = mention.get(CoreAnnotations.TokensAnnotation.class);
        return tokens != null && tokens.size() == 1 && tokens.get(0).tag() != null
                && tokens.get(0).tag().startsWith("PRP");
    }

    private static Annotation annotation(String text, LocalDate documentDate) {
        Annotation annotation = new Annotation(text);
        if (documentDate != null) {
            annotation.set(CoreAnnotations.DocDateAnnotation.class, documentDate.toString());
        }
        return annotation;
    }

    private static TimexPrediction timex(CoreMap m) {
        Timex t = m.get(TimeAnnotations.TimexAnnotation.class);
        return new TimexPrediction(m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class), t.timexType(), t.value());
    }
}
