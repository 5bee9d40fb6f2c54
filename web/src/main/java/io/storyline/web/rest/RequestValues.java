package io.storyline.web.rest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Reads request parameters that pages and REST share (numbers, days), answering an unreadable one with an
 * {@link InvalidRequestException} that names the parameter. Blank means "not given" (null).
 */
public final class RequestValues {

    private RequestValues() {
    }

    public static Long number(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidRequestException("\"" + name + "\" is a number, not \"" + value + "\".");
        }
    }

    public static LocalDate day(String name, String value) {
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
