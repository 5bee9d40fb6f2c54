package io.storyline.analysis.evaluation.command;

import io.storyline.analysis.evaluation.EvaluationRunner;
import io.storyline.analysis.evaluation.EvaluationSettings;
import io.storyline.analysis.evaluation.EvaluationSystems;
import io.storyline.analysis.evaluation.systems.StockSystems;
import io.storyline.analysis.evaluation.systems.StorylineSystems;
import io.storyline.analysis.knowledge.SeedKnowledge;
import io.storyline.analysis.language.LanguagePipelines;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The evaluation command: scores Storyline's analysis (with the knowledge it ships with) and the stock CoreNLP
 * configurations on the gold sets, without a server. Run it as the README says:
 * {@code mvn -pl analysis -am verify -Pevaluation}, or with {@code --eval-dir}, {@code --out}, {@code --threads},
 * {@code --limit} (documents per set, 0 for all) and {@code --sets} (folder names, comma-separated, such as
 * {@code timeline-trial,meantime-apple}; all when not given) on the analysis test classpath.
 */
public final class EvaluationCommand {

    private EvaluationCommand() {
    }

    public static void main(String[] args) throws IOException {
        Path eval = Path.of("../shared/eval");
        Path out = Path.of("target/evaluation");
        int threads = 2;
        int limit = 0;
        Set<String> sets = Set.of();
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--eval-dir" -> eval = Path.of(args[i + 1]);
                case "--out" -> out = Path.of(args[i + 1]);
                case "--threads" -> threads = Integer.parseInt(args[i + 1]);
                case "--limit" -> limit = Integer.parseInt(args[i + 1]);
                case "--sets" -> sets = Arrays.stream(args[i + 1].split(",")).map(String::strip)
                        .filter(set -> !set.isEmpty()).collect(Collectors.toSet());
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + "; use --eval-dir, --out, --threads, --limit, --sets");
            }
        }
        PrintStream console = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (!Files.isDirectory(eval)) {
            console.println("No gold data at " + eval.toAbsolutePath() + ": nothing to evaluate.");
            return;
        }
        console.println("Loading Storyline's pipeline and the stock CoreNLP pipelines ...");
        StorylineSystems storyline = new StorylineSystems(LanguagePipelines.storyline(),
                LanguagePipelines.pretokenized(), SeedKnowledge.knowledge());
        StockSystems stock = new StockSystems();
        EvaluationSettings run = new EvaluationSettings(eval, out, threads,
                limit > 0 ? OptionalInt.of(limit) : OptionalInt.empty(), sets);
        EvaluationSystems systems = new EvaluationSystems(List.of(storyline.times(), stock.sutime()),
                List.of(storyline.names(), stock.corenlpNer(), storyline.recogniser()),
                List.of(storyline.documents(), stock.corenlpDocuments()),
                List.of(storyline.timelines(), storyline.allTimelines()),
                List.of(storyline.layer(), storyline.newsTriggers()));
        new EvaluationRunner(run, systems).run();
        console.println(Files.readString(out.resolve("report.md"), StandardCharsets.UTF_8));
        console.println("Report and predictions: " + out.toAbsolutePath());
    }
}
