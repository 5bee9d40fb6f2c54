package io.storyline.web.timeline;

import io.storyline.domain.tag.TagName;
import io.storyline.domain.timeline.TimelineFilter;
import io.storyline.web.rest.InvalidRequestException;
import io.storyline.web.rest.RequestValues;
import java.time.LocalDate;

/** Reads a timeline's filter from request parameters, the same for REST and pages. */
public final class TimelineQuery {

    private TimelineQuery() {
    }

    /** Only the listed events (one report per happening in each document). */
    public static TimelineFilter filter(String entity, String tag, String q, String document, String from, String to) {
        return filter(entity, tag, q, document, from, to, null);
    }

    /**
     * @param events {@code listed} (or none): one report per happening in each document; {@code all}: every report,
     *               repeats, sources' attributions and topics too
     * @throws InvalidRequestException naming the parameter that cannot be read
     */
    public static TimelineFilter filter(String entity, String tag, String q, String document, String from, String to,
                                        String events) {
        boolean all = allEvents(events);
        String tagName = null;
        if (tag != null && !tag.isBlank()) {
            try {
                tagName = TagName.canonical(tag);
            } catch (IllegalArgumentException e) {
                throw new InvalidRequestException("\"tag\": " + e.getMessage() + ".");
            }
        }
        Long entityId = RequestValues.number("entity", entity);
        Long documentId = RequestValues.number("document", document);
        LocalDate fromDay = RequestValues.day("from", from);
        LocalDate toDay = RequestValues.day("to", to);
        try {
            return new TimelineFilter(entityId, q, documentId, fromDay, toDay, tagName, all);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(Character.toUpperCase(e.getMessage().charAt(0))
                    + e.getMessage().substring(1) + ".");
        }
    }

    /** Whether {@code events} asks for every event: {@code all}; {@code listed} or nothing asks for the listed ones. */
    public static boolean allEvents(String events) {
        if (events == null || events.isBlank() || events.strip().equalsIgnoreCase("listed")) {
            return false;
        }
        if (events.strip().equalsIgnoreCase("all")) {
            return true;
        }
        throw new InvalidRequestException("\"events\" is listed (one report per happening) or all, not \""
                + events.strip() + "\".");
    }
}
