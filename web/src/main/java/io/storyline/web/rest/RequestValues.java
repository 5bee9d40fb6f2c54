package io.storyline.web.rest;

import io.storyline.domain.common.PageRequest;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Reads request parameters that pages and REST share (numbers, days, pages), answering an unreadable one with an
 * {@link InvalidRequestException} that names the parameter and says what it takes. Blank means "not given". Every
 * page and size of every listing is read here, so that no value, however large, negative or wordy, reaches a query.
 */
public final class RequestValues {

    /** Values longer than this are not repeated in a message. */
    private static final int ECHO = 40;

    private RequestValues() {
    }

    public static Long number(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidRequestException("\"" + name + "\" is a whole number, not " + echo(value) + ".",
                    inLink(value, name, "a number such as 42"));
        }
    }

    /**
     * A whole number from {@code min} to {@code max}, or {@code orElse} when not given.
     */
    public static int integer(String name, String value, int min, int max, int orElse) {
        if (value == null || value.isBlank()) {
            return orElse;
        }
        long parsed;
        try {
            parsed = Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            parsed = Long.MIN_VALUE;
        }
        if (parsed < min || parsed > max) {
            throw new InvalidRequestException("\"" + name + "\" is a whole number from " + min + " to " + max
                    + ", not " + echo(value) + ".", inLink(value, name, "a whole number from " + min + " to " + max));
        }
        return (int) parsed;
    }

    /**
     * The page ({@code page}, counted from 0) and page size ({@code size}, 1 to {@code maxSize}) a listing is asked
     * for; pages so deep that no listing reaches them are refused.
     */
    public static PageRequest page(String page, String size, int defaultSize, int maxSize) {
        int s = integer("size", size, 1, maxSize, defaultSize);
        int p = integer("page", page, 0, PageRequest.MAX_OFFSET / s, 0);
        return new PageRequest(p, s);
    }

    public static LocalDate day(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException("\"" + name + "\" is a day like 2024-04-04, not " + echo(value) + ".",
                    inLink(value, name, "a day such as 2024-04-04"));
        }
    }

    /** What a page says of a value its address gives that it cannot read. */
    private static String inLink(String value, String name, String expected) {
        String v = value.strip();
        String shown = v.length() <= ECHO ? v : v.substring(0, ECHO) + "\u2026";
        return "The link gives \u201c" + shown + "\u201d for the " + name + ", where " + expected + " belongs.";
    }

    private static String echo(String value) {
        String v = value.strip();
        return v.length() <= ECHO ? "\"" + v + "\"" : "\"" + v.substring(0, ECHO) + "…\"";
    }
}
