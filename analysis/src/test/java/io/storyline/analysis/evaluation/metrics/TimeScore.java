package io.storyline.analysis.evaluation.metrics;

/**
 * TempEval-3 figures for time expressions, kept as counts so documents and sets add up (micro average).
 *
 * @param gold gold expressions
 * @param predicted predicted expressions
 * @param strictMatches one-to-one matches with identical extents
 * @param relaxedMatches one-to-one matches with overlapping extents
 * @param typeMatches relaxed matches whose type is right
 * @param valueMatches relaxed matches whose normalised value is right
 */
public record TimeScore(int gold, int predicted, int strictMatches, int relaxedMatches, int typeMatches,
        int valueMatches) {

    public static final TimeScore ZERO = new TimeScore(0, 0, 0, 0, 0, 0);

    public PrfCounts strict() {
        return PrfCounts.ofMatches(strictMatches, predicted, gold);
    }

    public PrfCounts relaxed() {
        return PrfCounts.ofMatches(relaxedMatches, predicted, gold);
    }

    /** Share of relaxed matches with the right type. */
    public double typeAccuracy() {
        return PrfCounts.ratio(typeMatches, relaxedMatches);
    }

    /** Share of relaxed matches with the right value. */
    public double valueAccuracy() {
        return PrfCounts.ratio(valueMatches, relaxedMatches);
    }

    /** The TempEval-3 headline: relaxed F1 times value accuracy. */
    public double valueF1() {
        return relaxed().f1() * valueAccuracy();
    }

    public TimeScore plus(TimeScore other) {
        return new TimeScore(gold + other.gold, predicted + other.predicted, strictMatches + other.strictMatches,
                relaxedMatches + other.relaxedMatches, typeMatches + other.typeMatches,
                valueMatches + other.valueMatches);
    }
}
