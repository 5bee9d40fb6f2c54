package io.storyline.domain.timeline;

import java.time.LocalDate;

/**
 * Which events a timeline shows; every part is optional and the parts combine.
 *
 * @param entityId events the entity takes part in or that happen at it
 * @param query    words that must all appear in the event's sentence or its document's title (case ignored)
 * @param documentId events of one document
 * @param from     events whose date reaches this day or later (undated ones: their document's date)
 * @param to       events whose date starts this day or earlier
 * @param tag      events of documents carrying this tag (a canonical tag name)
 * @param allEvents every report of every happening (repeats, sources' attributions, topics); else only the listed
 *                  one report per happening in each document
 */
public record TimelineFilter(Long entityId, String query, Long documentId, LocalDate from, LocalDate to,
                             String tag, boolean allEvents) {

    public TimelineFilter {
        tag = tag == null || tag.isBlank() ? null : tag;
        query = query == null || query.isBlank() ? null : query.strip();
        if (query != null && query.length() > 500) {
            throw new IllegalArgumentException("the words to look for are longer than 500 characters");
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("the range ends (" + to + ") before it starts (" + from + ")");
        }
    }

    /** Only the listed events. */
    public TimelineFilter(Long entityId, String query, Long documentId, LocalDate from, LocalDate to, String tag) {
        this(entityId, query, documentId, from, to, tag, false);
    }

    /** Without a tag, only the listed events. */
    public TimelineFilter(Long entityId, String query, Long documentId, LocalDate from, LocalDate to) {
        this(entityId, query, documentId, from, to, null);
    }

    public static TimelineFilter ofEntity(long entityId) {
        return new TimelineFilter(entityId, null, null, null, null);
    }

    /** The same filter, with every event or only the listed ones. */
    public TimelineFilter withAllEvents(boolean all) {
        return new TimelineFilter(entityId, query, documentId, from, to, tag, all);
    }

    /** Whether nothing narrows the events down. */
    public boolean isEmpty() {
        return entityId == null && query == null && documentId == null && from == null && to == null && tag == null;
    }
}
