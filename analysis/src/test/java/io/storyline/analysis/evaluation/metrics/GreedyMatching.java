package io.storyline.analysis.evaluation.metrics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntBinaryOperator;

/**
 * One-to-one matching of predictions to gold items, best pairs first. Overlap scoring lets one gold
 * item overlap several predictions; only the one with the largest overlap earns the match, so a
 * system cannot score twice by splitting an expression.
 */
public final class GreedyMatching {

    /**
     * A matched pair.
     *
     * @param gold index into the gold list
     * @param predicted index into the predicted list
     * @param score how well they matched, above 0
     */
    public record Pair(int gold, int predicted, int score) {}

    private static final Comparator<Pair> BEST_FIRST = Comparator.comparingInt(Pair::score).reversed()
            .thenComparingInt(Pair::gold)
            .thenComparingInt(Pair::predicted);

    private GreedyMatching() {}

    /**
     * Matches greedily by descending score; ties go to the earlier gold item, then the earlier prediction,
     * so results do not depend on hash order.
     *
     * @param score how well gold item {@code g} matches prediction {@code p}; 0 or less means they may not match
     */
    public static List<Pair> match(int goldCount, int predictedCount, IntBinaryOperator score) {
        List<Pair> candidates = new ArrayList<>();
        for (int g = 0; g < goldCount; g++) {
            for (int p = 0; p < predictedCount; p++) {
                int value = score.applyAsInt(g, p);
                if (value > 0) {
                    candidates.add(new Pair(g, p, value));
                }
            }
        }
        candidates.sort(BEST_FIRST);
        boolean[] goldTaken = new boolean[goldCount];
        boolean[] predictedTaken = new boolean[predictedCount];
        List<Pair> matched = new ArrayList<>();
        for (Pair pair : candidates) {
            if (!goldTaken[pair.gold()] && !predictedTaken[pair.predicted()]) {
                goldTaken[pair.gold()] = true;
                predictedTaken[pair.predicted()] = true;
                matched.add(pair);
            }
        }
        return matched;
    }
}
