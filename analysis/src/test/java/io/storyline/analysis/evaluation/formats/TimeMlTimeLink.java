package io.storyline.analysis.evaluation.formats;

/**
 * A gold TLINK between an event and a time expression, in either direction.
 *
 * @param eventId the event's id ({@code e1}), reached through its instance
 * @param timeId the time expression's id ({@code t3}; {@code t0} is usually the document date)
 * @param relation the relation type as written (IS_INCLUDED, BEFORE, ...), not inverted when the link runs from
 *     the time to the event
 */
public record TimeMlTimeLink(String eventId, String timeId, String relation) {}
