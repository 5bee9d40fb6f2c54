package io.storyline.analysis.evaluation.metrics;

/**
 * Matches, spurious predictions and misses for one kind of item, and the ratios built on them.
 * Every ratio is 0 when its denominator is 0, so an empty gold set or an empty prediction never
 * yields NaN in a report.
 *
 * @param tp predictions that match a gold item (true positives)
 * @param fp predictions that match nothing (false positives)
 * @param fn gold items nothing matched (false negatives)
 */
public record PrfCounts(int tp, int fp, int fn) {

    /** Nothing predicted, nothing to find. */
    public static final PrfCounts ZERO = new PrfCounts(0, 0, 0);

    public PrfCounts {
        if (tp < 0 || fp < 0 || fn < 0) {
            throw new IllegalArgumentException("negative count: tp=" + tp + " fp=" + fp + " fn=" + fn);
        }
    }

    /** Counts from a one-to-one matching: {@code matched} pairs out of the predicted and gold items. */
    public static PrfCounts ofMatches(int matched, int predicted, int gold) {
        return new PrfCounts(matched, predicted - matched, gold - matched);
    }

    public int predicted() {
        return tp + fp;
    }

    public int gold() {
        return tp + fn;
    }

    public double precision() {
        return ratio(tp, predicted());
    }

    public double recall() {
        return ratio(tp, gold());
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** Micro-averaging: counts add up, ratios are recomputed from the sums. */
    public PrfCounts plus(PrfCounts other) {
        return new PrfCounts(tp + other.tp, fp + other.fp, fn + other.fn);
    }

    static double ratio(int numerator, int denominator) {
        return denominator == 0 ? 0 : (double) numerator / denominator;
    }
}
