package io.storyline.analysis.evaluation;

import io.storyline.analysis.evaluation.formats.TimeMlDocument;
import io.storyline.analysis.evaluation.formats.TimeMlReader;
import io.storyline.analysis.evaluation.formats.TimeMlTimex;
import io.storyline.analysis.evaluation.formats.TimeMlWriter;
import io.storyline.analysis.evaluation.metrics.Extent;
import io.storyline.analysis.evaluation.metrics.TimeMention;
import io.storyline.analysis.evaluation.metrics.TimeScore;
import io.storyline.analysis.evaluation.metrics.TimeScorer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Time taggers on TempEval-3 (TimeBank and AQUAINT): every {@code .tml} under the set's folder. */
final class TempEvalSet {

    static final String NAME = "tempeval3-tbaq";

    private static final Pattern WORD = Pattern.compile("\\S+");

    /** A gold document and where it came from, so its prediction file can mirror it. */
    private record Gold(Path file, Path relative, TimeMlDocument document, List<TimeMention> times) {}

    private final SetContext context;

    TempEvalSet(SetContext context) {
        this.context = context;
    }

    SetResult<TimeScore> run(Path folder, List<TimeTagger> taggers) throws IOException {
        List<Gold> golds = load(folder);
        long words = golds.stream().mapToLong(gold -> WORD.matcher(gold.document().text()).results().count()).sum();
        Map<String, Integer> goldCounts = new LinkedHashMap<>();
        goldCounts.put("time expressions", golds.stream().mapToInt(gold -> gold.times().size()).sum());
        List<SystemResult<TimeScore>> results = new ArrayList<>();
        for (TimeTagger tagger : taggers) {
            context.messages().progress(NAME + ": running " + tagger.name() + " on " + golds.size() + " documents");
            DocumentPool.Batch<List<TimexPrediction>> batch = context.pool().run(golds,
                    gold -> tagger.tag(gold.document().text(), gold.document().creationDate()));
            results.add(new SystemResult<>(tagger.name(), scoreAndWrite(tagger.name(), golds, batch), batch.elapsed(),
                    batch.errors(), batch.firstError()));
            context.messages().failures(NAME, tagger.name(), batch);
        }
        return new SetResult<>(NAME, golds.size(), words, "whitespace-separated words", goldCounts, results);
    }

    private TimeScore scoreAndWrite(String system, List<Gold> golds, DocumentPool.Batch<List<TimexPrediction>> batch)
            throws IOException {
        TimeMlWriter writer = new TimeMlWriter();
        Path folder = context.predictions(system, NAME);
        TimeScore score = TimeScore.ZERO;
        for (int i = 0; i < golds.size(); i++) {
            Gold gold = golds.get(i);
            List<TimexPrediction> predicted = SetContext.present(batch.predictions().get(i));
            score = score.plus(TimeScorer.score(gold.times(), predicted.stream()
                    .map(p -> new TimeMention(Extent.range(p.begin(), p.end()), p.type(), p.value())).toList()));
            writer.write(gold.file(), folder.resolve(gold.relative().toString()), gold.document().text(),
                    predicted.stream().map(p -> new TimeMlTimex(null, p.begin(), p.end(), p.type(), p.value())).toList());
        }
        return score;
    }

    private List<Gold> load(Path folder) throws IOException {
        TimeMlReader reader = new TimeMlReader();
        List<Gold> golds = new ArrayList<>();
        for (Path file : context.goldFiles(folder, ".tml")) {
            try {
                TimeMlDocument document = reader.read(file);
                golds.add(new Gold(file, folder.relativize(file), document, document.timexes().stream()
                        .map(t -> new TimeMention(Extent.range(t.begin(), t.end()), t.type(), t.value())).toList()));
            } catch (IOException e) {
                context.messages().note(NAME + ": skipped unreadable gold file " + file + ": " + e.getMessage());
            }
        }
        return golds;
    }
}
