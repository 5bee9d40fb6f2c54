package io.storyline.analysis.results;

import java.util.List;

/**
 * A decision as a person sends it.
 *
 * @param kind         a {@link io.storyline.domain.curation.DecisionKind} name about a mention or an event, or
 *                     DATE_DOCUMENT for the document's publication date
 * @param begin        where the mention or the event's trigger starts in the document's text (none for
 *                     DATE_DOCUMENT)
 * @param end          where it ends
 * @param entityId     for LINK_MENTION and ADD_MENTION: the entity meant (or give entityType and entityName)
 * @param type         for RETYPE_EVENT: the event type's code
 * @param date         for DATE_EVENT: a TIMEX3 value such as {@code 2024-05-01}, {@code 2024-05} or {@code 2024}:
 *                     its form is its precision; for DATE_DOCUMENT: the publication date, {@code 2024-05-01} or
 *                     {@code 2024-05-01T09:30:00+03:00}
 * @param reason       why, in a few words (optional)
 * @param entityType   for RETYPE_MENTION: the new type; for ADD_MENTION and LINK_MENTION without entityId: the
 *                     type of the entity meant, found or created by entityName
 * @param entityName   the name of the entity meant (default: the text at the span)
 * @param place        for PLACE_EVENT: where the event happened (a place's name)
 * @param placeId      for PLACE_EVENT: the place's entity, when known
 * @param participants for PARTICIPANTS_EVENT: who took part and how (replaces the machine's list)
 */
public record DecisionRequest(String kind, Integer begin, Integer end, Long entityId, String type, String date,
                              String reason, String entityType, String entityName, String place, Long placeId,
                              List<ParticipantRequest> participants) {

    /**
     * A decision that needs no entity by name, place or participants. (A factory, not a constructor: JSON binding
     * needs a record to have one.)
     */
    public static DecisionRequest of(String kind, Integer begin, Integer end, Long entityId, String type, String date,
                                     String reason) {
        return new DecisionRequest(kind, begin, end, entityId, type, date, reason, null, null, null, null, null);
    }

    /**
     * One participant of an event.
     *
     * @param role     AGENT, TARGET, RECIPIENT or PARTICIPANT
     * @param entityId the entity, when known
     * @param name     the name, when no entity is given (a group the text describes)
     */
    public record ParticipantRequest(String role, Long entityId, String name) {
    }
}
