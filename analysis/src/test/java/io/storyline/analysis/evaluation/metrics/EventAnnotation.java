package io.storyline.analysis.evaluation.metrics;

/**
 * A TimeML event, gold or predicted, by characters; an attribute a system does not give is null.
 *
 * @param begin the first character
 * @param end the character after the last
 * @param eventClass OCCURRENCE, REPORTING, ...
 * @param tense PAST, PRESENT, ...
 * @param aspect PROGRESSIVE, PERFECTIVE, ...
 * @param polarity POS or NEG
 * @param time the value of the time expression the event happened at (for gold, one it is linked to by a TLINK of
 *     inclusion or simultaneity; for a system, its anchor), or null
 */
public record EventAnnotation(int begin, int end, String eventClass, String tense, String aspect, String polarity,
        String time) {

    /** An event without a time. */
    public EventAnnotation(int begin, int end, String eventClass, String tense, String aspect, String polarity) {
        this(begin, end, eventClass, tense, aspect, polarity, null);
    }
}
