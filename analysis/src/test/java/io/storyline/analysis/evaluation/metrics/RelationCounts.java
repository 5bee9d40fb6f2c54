package io.storyline.analysis.evaluation.metrics;

/**
 * Temporal-awareness counts for one timeline, or summed over several (micro average). Precision and recall
 * have different numerators: each side's explicit relations are checked against the other side's closure.
 * Every ratio is 0 when its denominator is 0.
 *
 * @param predicted the system's explicit relations
 * @param predictedImplied those of them the gold's closure implies
 * @param gold the gold's explicit relations
 * @param goldImplied those of them the system's closure implies
 */
public record RelationCounts(int predicted, int predictedImplied, int gold, int goldImplied) {

    /** Nothing predicted, nothing to find. */
    public static final RelationCounts ZERO = new RelationCounts(0, 0, 0, 0);

    public RelationCounts {
        if (predictedImplied < 0 || gold < 0 || goldImplied < 0 || predictedImplied > predicted
                || goldImplied > gold) {
            throw new IllegalArgumentException("impossible counts: predicted=" + predicted + " implied="
                    + predictedImplied + ", gold=" + gold + " implied=" + goldImplied);
        }
    }

    public double precision() {
        return PrfCounts.ratio(predictedImplied, predicted);
    }

    public double recall() {
        return PrfCounts.ratio(goldImplied, gold);
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** Micro-averaging: counts add up, ratios are recomputed from the sums. */
    public RelationCounts plus(RelationCounts other) {
        return new RelationCounts(predicted + other.predicted, predictedImplied + other.predictedImplied,
                gold + other.gold, goldImplied + other.goldImplied);
    }
}
