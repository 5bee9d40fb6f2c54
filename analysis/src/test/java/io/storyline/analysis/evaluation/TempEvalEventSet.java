package io.storyline.analysis.evaluation;

import io.storyline.analysis.evaluation.formats.TimeMlDocument;
import io.storyline.analysis.evaluation.formats.TimeMlReader;
import io.storyline.analysis.evaluation.formats.TimeMlTimeLink;
import io.storyline.analysis.evaluation.metrics.EventAnnotation;
import io.storyline.analysis.evaluation.metrics.EventScore;
import io.storyline.analysis.evaluation.metrics.EventScorer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Event taggers on TempEval-3 (TimeBank and AQUAINT): the gold EVENTs of every {@code .tml} under the set's folder. */
final class TempEvalEventSet {

    /** The result's name; the gold is {@link TempEvalSet#NAME}'s folder. */
    static final String NAME = TempEvalSet.NAME + "-events";

    private static final Pattern WORD = Pattern.compile("\\S+");
    /** TLINKs that put an event at a time (inside it, or at the same time); BEFORE and AFTER do not. */
    private static final Set<String> AT = Set.of("IS_INCLUDED", "SIMULTANEOUS", "DURING", "INCLUDES");
    /** A time expression's value that names a calendar period: 1998, 1998-10, 1998-10-23, 1998-10-23T14:00. */
    private static final Pattern CALENDAR = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2}.*)?)?");

    private final SetContext context;

    TempEvalEventSet(SetContext context) {
        this.context = context;
    }

    SetResult<EventScore> run(Path folder, List<EventMentionTagger> taggers) throws IOException {
        List<TimeMlDocument> golds = load(folder);
        long words = golds.stream().mapToLong(gold -> WORD.matcher(gold.text()).results().count()).sum();
        Map<String, Integer> goldCounts = new LinkedHashMap<>();
        goldCounts.put("events", golds.stream().mapToInt(gold -> gold.events().size()).sum());
        List<SystemResult<EventScore>> results = new ArrayList<>();
        for (EventMentionTagger tagger : taggers) {
            context.messages().progress(NAME + ": running " + tagger.name() + " on " + golds.size() + " documents");
            DocumentPool.Batch<List<EventAnnotation>> batch = context.pool().run(golds,
                    gold -> tagger.tag(gold.text(), gold.creationDate()));
            EventScore score = EventScore.ZERO;
            for (int i = 0; i < golds.size(); i++) {
                score = score.plus(EventScorer.score(gold(golds.get(i)),
                        SetContext.present(batch.predictions().get(i))));
            }
            results.add(new SystemResult<>(tagger.name(), score, batch.elapsed(), batch.errors(), batch.firstError()));
            context.messages().failures(NAME, tagger.name(), batch);
        }
        return new SetResult<>(NAME, golds.size(), words, "whitespace-separated words", goldCounts, results);
    }

    private static List<EventAnnotation> gold(TimeMlDocument document) {
        Map<String, String> values = new HashMap<>();
        document.timexes().forEach(t -> values.put(t.tid(), t.value()));
        Map<String, String> linked = new HashMap<>();
        for (TimeMlTimeLink link : document.timeLinks()) {
            String value = values.containsKey(link.timeId()) ? values.get(link.timeId()) : document.creationValue();
            if (AT.contains(link.relation()) && value != null && CALENDAR.matcher(value).matches()) {
                linked.putIfAbsent(link.eventId(), value);
            }
        }
        return document.events().stream().map(e -> new EventAnnotation(e.begin(), e.end(), e.eventClass(), e.tense(),
                e.aspect(), e.polarity(), linked.get(e.eid()))).toList();
    }

    private List<TimeMlDocument> load(Path folder) throws IOException {
        TimeMlReader reader = new TimeMlReader();
        List<TimeMlDocument> golds = new ArrayList<>();
        for (Path file : context.goldFiles(folder, ".tml")) {
            try {
                golds.add(reader.read(file));
            } catch (IOException e) {
                context.messages().note(NAME + ": skipped unreadable gold file " + file + ": " + e.getMessage());
            }
        }
        return golds;
    }
}
