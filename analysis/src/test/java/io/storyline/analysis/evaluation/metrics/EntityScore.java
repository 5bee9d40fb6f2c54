package io.storyline.analysis.evaluation.metrics;

import java.util.Map;
import java.util.TreeMap;

/**
 * Precision, recall and F1 per entity type, and the micro average over all types.
 *
 * @param byType counts for every type seen in gold or predictions
 */
public record EntityScore(Map<String, PrfCounts> byType) {

    public static final EntityScore ZERO = new EntityScore(Map.of());

    public EntityScore {
        byType = Map.copyOf(byType);
    }

    /** The counts for one type; zero when the type never occurred. */
    public PrfCounts type(String type) {
        return byType.getOrDefault(type, PrfCounts.ZERO);
    }

    /** Micro average: counts summed over every type, including types outside the gold's. */
    public PrfCounts overall() {
        return byType.values().stream().reduce(PrfCounts.ZERO, PrfCounts::plus);
    }

    public EntityScore plus(EntityScore other) {
        Map<String, PrfCounts> sum = new TreeMap<>(byType);
        other.byType.forEach((type, counts) -> sum.merge(type, counts, PrfCounts::plus));
        return new EntityScore(sum);
    }
}
