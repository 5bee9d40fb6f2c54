package io.storyline.analysis.evaluation;

import java.nio.file.Path;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Where the gold data is, where results go and how hard to run.
 *
 * @param evalDirectory the gold sets, laid out like {@code ../shared/eval}
 * @param outputDirectory receives {@code report.md}, {@code report.json} and {@code predictions/}
 * @param threads how many documents a system is given at once
 * @param documentLimit at most this many documents per set, for quick runs; empty for all
 * @param sets the gold sets to run, by folder name ({@code timeline-trial}), for quick runs; empty for all
 */
public record EvaluationSettings(Path evalDirectory, Path outputDirectory, int threads, OptionalInt documentLimit,
        Set<String> sets) {

    public EvaluationSettings {
        Objects.requireNonNull(evalDirectory, "evalDirectory");
        Objects.requireNonNull(outputDirectory, "outputDirectory");
        Objects.requireNonNull(documentLimit, "documentLimit");
        sets = Set.copyOf(sets);
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        }
        if (documentLimit.isPresent() && documentLimit.getAsInt() < 1) {
            throw new IllegalArgumentException("a document limit must be at least 1, not " + documentLimit.getAsInt());
        }
    }

    /** Every set. */
    public EvaluationSettings(Path evalDirectory, Path outputDirectory, int threads, OptionalInt documentLimit) {
        this(evalDirectory, outputDirectory, threads, documentLimit, Set.of());
    }

    /** Every set, all documents. */
    public EvaluationSettings(Path evalDirectory, Path outputDirectory, int threads) {
        this(evalDirectory, outputDirectory, threads, OptionalInt.empty());
    }

    boolean runs(String set) {
        return sets.isEmpty() || sets.contains(set);
    }

    int limit() {
        return documentLimit.orElse(Integer.MAX_VALUE);
    }
}
