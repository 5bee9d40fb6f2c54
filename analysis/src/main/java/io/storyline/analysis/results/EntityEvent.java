package io.storyline.analysis.results;

import java.io.Serializable;

/**
 * An event an entity takes part in or that happens at it, as its page lists it.
 *
 * @param type          the event type's code ({@code MEETING})
 * @param typeName      its name ("Meeting or visit"), else the code
 * @param trigger       the words that report the event
 * @param sentence      the sentence they are in
 * @param date          the event's TIMEX3 value, or null when undated
 * @param dateDisplay   the date as people say it ("1 May 2024"), or null when undated
 * @param role          the entity's part: AGENT, TARGET, RECIPIENT, PARTICIPANT, or PLACE when it happens there
 * @param documentTitle the reporting document's title, else its file name
 */
public record EntityEvent(long eventId, String type, String typeName, String trigger, String sentence, String date,
                          String dateDisplay, String role, long documentId, String documentTitle)
        implements Serializable {
}
