package io.storyline.analysis.evaluation.metrics;

/**
 * TempEval-3 event figures: events match when their character spans are identical; over the matches, how many
 * have the gold's tense, aspect, polarity and class.
 *
 * @param strict precision, recall and F1 of identical spans
 * @param tense matches with the gold's tense
 * @param aspect matches with the gold's aspect
 * @param polarity matches with the gold's polarity
 * @param eventClass matches with the gold's class
 * @param times over matched events: an anchor equal to the gold's linked time (the date part) is right, any
 *     other anchor of an event the gold links is wrong, a gold-linked event without a right anchor is missed
 */
public record EventScore(PrfCounts strict, int tense, int aspect, int polarity, int eventClass, PrfCounts times) {

    public static final EventScore ZERO = new EventScore(PrfCounts.ZERO, 0, 0, 0, 0, PrfCounts.ZERO);

    public EventScore plus(EventScore other) {
        return new EventScore(strict.plus(other.strict), tense + other.tense, aspect + other.aspect,
                polarity + other.polarity, eventClass + other.eventClass, times.plus(other.times));
    }

    public double tenseAccuracy() {
        return PrfCounts.ratio(tense, strict.tp());
    }

    public double aspectAccuracy() {
        return PrfCounts.ratio(aspect, strict.tp());
    }

    public double polarityAccuracy() {
        return PrfCounts.ratio(polarity, strict.tp());
    }

    public double classAccuracy() {
        return PrfCounts.ratio(eventClass, strict.tp());
    }
}
