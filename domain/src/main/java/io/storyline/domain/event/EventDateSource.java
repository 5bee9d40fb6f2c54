package io.storyline.domain.event;

/** How an event's date was found, most direct first. */
public enum EventDateSource {
    /** A time expression that governs the event's clause ("met on Wednesday"). */
    GOVERNING_EXPRESSION,
    /** The one time expression of the event's sentence that no other event claims. */
    SAME_SENTENCE,
    /** The narrative's current time: the date of the event told just before. */
    NARRATIVE,
    /** The document's reference date (its publication date, else its upload date). */
    DOCUMENT_DATE,
    /** A person set it. */
    PERSON
}
