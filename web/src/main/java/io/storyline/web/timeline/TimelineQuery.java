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

    /**
     * @throws InvalidRequestException naming the parameter that cannot be read
     */
    public static TimelineFilter filter(String entity, String tag, String q, String document, String from, String to) {
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
            return new TimelineFilter(entityId, q, documentId, fromDay, toDay, tagName);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(Character.toUpperCase(e.getMessage().charAt(0))
                    + e.getMessage().substring(1) + ".");
        }
    }
}
