package io.storyline.web.timeline;

import io.storyline.domain.tag.TagName;
import io.storyline.domain.timeline.TimelineFilter;
import io.storyline.web.rest.InvalidRequestException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

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
        Long entityId = number("entity", entity);
        Long documentId = number("document", document);
        LocalDate fromDay = day("from", from);
        LocalDate toDay = day("to", to);
        try {
            return new TimelineFilter(entityId, q, documentId, fromDay, toDay, tagName);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(Character.toUpperCase(e.getMessage().charAt(0))
                    + e.getMessage().substring(1) + ".");
        }
    }

    private static Long number(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidRequestException("\"" + name + "\" is a number, not \"" + value + "\".");
        }
    }

    private static LocalDate day(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException("\"" + name + "\" is a day like 2024-04-04, not \"" + value + "\".");
        }
    }
}
