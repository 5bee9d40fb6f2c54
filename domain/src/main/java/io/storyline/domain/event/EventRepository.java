package io.storyline.domain.event;

import io.storyline.domain.common.Page;
import io.storyline.domain.common.PageRequest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The events found in documents. Callers bring the transaction. */
public interface EventRepository {

    void save(Event event);

    /** In text order, participants loaded. */
    List<Event> ofDocument(long documentId);

    /** Events in which the entity takes part or which happen at it, newest first, at most {@code limit}. */
    List<Event> ofEntity(long entityId, int limit);

    long countOfEntity(long entityId);

    /** How many events there are, by type code. */
    Map<String, Long> countByType();

    void deleteOfDocument(long documentId);

    /**
     * One page of the events in which the entity takes part or which happen at it, latest date first and undated
     * last, with their documents' titles.
     */
    Page<EventOfEntity> eventsOfEntity(long entityId, PageRequest page);

    /**
     * An event as an entity's page lists it.
     *
     * @param documentTitle the document's title, else its file name
     * @param dateValue     the event's TIMEX3 value, or null when undated
     * @param role          the entity's part: a {@link ParticipantRole} name, or {@code PLACE} when the event happens
     *                      at it
     */
    record EventOfEntity(long eventId, long documentId, String documentTitle, String typeCode, String trigger,
                         String sentence, String dateValue, LocalDate dateStart, String role) {
    }
}
