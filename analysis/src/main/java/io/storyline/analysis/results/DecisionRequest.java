package io.storyline.analysis.results;

/**
 * A decision as a person sends it.
 *
 * @param kind     a {@link io.storyline.domain.curation.DecisionKind} name about a mention or an event
 * @param begin    where the mention or the event's trigger starts in the document's text
 * @param end      where it ends
 * @param entityId for LINK_MENTION and ADD_MENTION: the entity meant
 * @param type     for RETYPE_EVENT: the event type's code
 * @param date     for DATE_EVENT: a TIMEX3 value such as {@code 2024-05-01} or {@code 2024-05}
 * @param reason   why, in a few words (optional)
 */
public record DecisionRequest(String kind, Integer begin, Integer end, Long entityId, String type, String date,
                              String reason) {
}
