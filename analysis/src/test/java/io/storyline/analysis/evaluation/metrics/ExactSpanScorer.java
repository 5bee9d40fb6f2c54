package io.storyline.analysis.evaluation.metrics;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * CoNLL-2003 scoring: an entity counts only when its exact span and its type both match. The span
 * type's {@code equals} decides the match, so it must cover position and type.
 */
public final class ExactSpanScorer {

    private ExactSpanScorer() {}

    /** Scores one document; duplicates in either list count once, as they would in a tagged file. */
    public static <T> EntityScore score(Collection<T> gold, Collection<T> predicted, Function<T, String> typeOf) {
        Set<T> goldSet = new LinkedHashSet<>(gold);
        Set<T> predictedSet = new LinkedHashSet<>(predicted);
        Map<String, PrfCounts> byType = new TreeMap<>();
        for (T item : predictedSet) {
            boolean hit = goldSet.contains(item);
            byType.merge(typeKey(typeOf.apply(item)), new PrfCounts(hit ? 1 : 0, hit ? 0 : 1, 0), PrfCounts::plus);
        }
        for (T item : goldSet) {
            if (!predictedSet.contains(item)) {
                byType.merge(typeKey(typeOf.apply(item)), new PrfCounts(0, 0, 1), PrfCounts::plus);
            }
        }
        return new EntityScore(byType);
    }

    /** A span without a type still has to be counted somewhere; it can never match a typed gold entity. */
    private static String typeKey(String type) {
        return type == null ? "NONE" : type;
    }
}
