package io.storyline.domain.event;

import java.util.List;

/** The events found in documents. Callers bring the transaction. */
public interface EventRepository {

    void save(Event event);

    /** In text order, participants loaded. */
    List<Event> ofDocument(long documentId);

    /** Events in which the entity takes part or which happen at it, newest first, at most {@code limit}. */
    List<Event> ofEntity(long entityId, int limit);

    long countOfEntity(long entityId);

    void deleteOfDocument(long documentId);
}
