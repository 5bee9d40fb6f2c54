package io.storyline.analysis.events;

import io.storyline.domain.event.EventDateSource;

/**
 * When an event happened: a TIMEX3 value that names days, how it was found and the words that gave it.
 *
 * @param text the time expression's words, or {@code null} when the date is the document's
 */
public record FoundDate(String value, EventDateSource source, String text) {
}
