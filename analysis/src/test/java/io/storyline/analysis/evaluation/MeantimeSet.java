package io.storyline.analysis.evaluation;

import io.storyline.analysis.evaluation.formats.CatDocument;
import io.storyline.analysis.evaluation.formats.CatReader;
import io.storyline.analysis.evaluation.formats.CatWriter;
import io.storyline.analysis.evaluation.metrics.EntityMention;
import io.storyline.analysis.evaluation.metrics.MeantimeAnnotations;
import io.storyline.analysis.evaluation.metrics.MeantimeScore;
import io.storyline.analysis.evaluation.metrics.MeantimeScorer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

/** Document taggers on MEANTIME: every {@code .xml} CAT file in the set's folder. */
final class MeantimeSet {

    static final String NAME = "meantime-apple";

    private static final DocumentPrediction NOTHING = new DocumentPrediction(List.of(), List.of(), List.of(), List.of());

    /** A gold document, where it came from, and its annotations in tokens. */
    private record Gold(Path file, Path relative, CatDocument document, MeantimeAnnotations annotations) {}

    private final SetContext context;

    MeantimeSet(SetContext context) {
        this.context = context;
    }

    SetResult<MeantimeScore> run(Path folder, List<DocumentTagger> taggers) throws IOException {
        List<Gold> golds = load(folder);
        List<SystemResult<MeantimeScore>> results = new ArrayList<>();
        for (DocumentTagger tagger : taggers) {
            context.messages().progress(NAME + ": running " + tagger.name() + " on " + golds.size() + " documents");
            DocumentPool.Batch<DocumentPrediction> batch = context.pool().run(golds,
                    gold -> tagger.tag(gold.document().text(), gold.document().creationDate()));
            CatWriter writer = new CatWriter();
            Path out = context.predictions(tagger.name(), NAME);
            MeantimeScore score = MeantimeScore.ZERO;
            for (int i = 0; i < golds.size(); i++) {
                Gold gold = golds.get(i);
                DocumentPrediction prediction = batch.predictions().get(i) == null ? NOTHING : batch.predictions().get(i);
                score = score.plus(MeantimeScorer.score(gold.annotations(),
                        MeantimeConversion.predicted(gold.document(), prediction)));
                writer.write(out.resolve(gold.relative().toString()), MeantimeConversion.toCat(gold.document(), prediction));
            }
            results.add(new SystemResult<>(tagger.name(), score, batch.elapsed(), batch.errors(), batch.firstError()));
            context.messages().failures(NAME, tagger.name(), batch);
        }
        long tokens = golds.stream().mapToLong(gold -> gold.document().tokens().size()).sum();
        return new SetResult<>(NAME, golds.size(), tokens, "tokens", goldCounts(golds), results);
    }

    private static Map<String, Integer> goldCounts(List<Gold> golds) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("entity mentions", sum(golds, a -> a.entities().size()));
        counts.put("named entity mentions (NAM)",
                sum(golds, a -> (int) a.entities().stream().filter(EntityMention::isNamed).count()));
        counts.put("event mentions", sum(golds, a -> a.events().size()));
        counts.put("time expressions", sum(golds, a -> a.times().size()));
        counts.put("participants", sum(golds, a -> a.participants().size()));
        return counts;
    }

    private static int sum(List<Gold> golds, ToIntFunction<MeantimeAnnotations> count) {
        return golds.stream().mapToInt(gold -> count.applyAsInt(gold.annotations())).sum();
    }

    private List<Gold> load(Path folder) throws IOException {
        CatReader reader = new CatReader();
        List<Gold> golds = new ArrayList<>();
        for (Path file : context.goldFiles(folder, ".xml")) {
            try {
                CatDocument document = reader.read(file);
                golds.add(new Gold(file, folder.relativize(file), document, MeantimeConversion.gold(document)));
            } catch (IOException e) {
                context.messages().note(NAME + ": skipped unreadable gold file " + file + ": " + e.getMessage());
            }
        }
        return golds;
    }
}
