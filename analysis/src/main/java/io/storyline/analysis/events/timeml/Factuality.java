package io.storyline.analysis.events.timeml;

/**
 * Whether an event is told as having happened, for timelines: only {@link #ASSERTED} and {@link #REPORTED} events
 * may be dated as having happened; a reported one keeps the date of what is reported, not of the saying.
 */
public enum Factuality {
    /** Told as fact by the text. */
    ASSERTED,
    /** Told as fact by someone the text quotes or reports ("police said the man fled"). */
    REPORTED,
    /** Told as lying ahead ("will meet", "is going to sign"). */
    FUTURE,
    /** Possible, wanted, planned or conditional ("may resign", "wants to buy", "if they win"). */
    HYPOTHETICAL,
    /** Told as not having happened ("did not attend", "no agreement"). */
    NEGATED;

    /** Whether the event may be put on a dated timeline as something that happened. */
    public boolean happened() {
        return this == ASSERTED || this == REPORTED;
    }
}
