package io.storyline.web.audit;

import io.storyline.domain.audit.AuditFilter;
import io.storyline.domain.common.PageRequest;
import io.storyline.web.rest.InvalidRequestException;
import io.storyline.web.rest.RequestValues;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.stream.Collectors;

/**
 * The filters of the audit log, as the log page's URL and {@code GET /api/audit} both carry them: {@code q}
 * (words in subject, detail or user), {@code user}, {@code action}, {@code from} and {@code to} (a day like
 * 2026-01-31, both included, in UTC; or an instant like 2026-01-31T10:00:00Z), {@code page}, {@code size}.
 */
public record AuditParams(String q, String user, String action, String from, String to, String page, String size) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 200;

    /** From a request's parameter map, as a page receives it. */
    public static AuditParams of(Map<String, String[]> parameters) {
        return new AuditParams(one(parameters, "q"), one(parameters, "user"), one(parameters, "action"),
                one(parameters, "from"), one(parameters, "to"), one(parameters, "page"), one(parameters, "size"));
    }

    /**
     * The entries these parameters ask for.
     *
     * @throws InvalidRequestException naming the parameter that cannot be read
     */
    public AuditFilter filter() {
        Instant fromInstant = instant("from", from, false);
        Instant toInstant = instant("to", to, true);
        try {
            return new AuditFilter(q, user, actionName(), fromInstant, toInstant);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(capitalised(e.getMessage()) + ".");
        }
    }

    /** The page asked for, of at most {@value #MAX_SIZE} entries. */
    public PageRequest pageRequest() {
        return RequestValues.page(page, size, DEFAULT_SIZE, MAX_SIZE);
    }

    /** The same filters on another page. */
    public AuditParams onPage(int newPage) {
        return new AuditParams(q, user, action, from, to, String.valueOf(newPage), size);
    }

    /** The filters alone (no page, no size): what the export takes. */
    public AuditParams filtersOnly() {
        return new AuditParams(q, user, action, from, to, null, null);
    }

    /** The URL query string (without "?") that gives these parameters back; empty values left out. */
    public String queryString() {
        StringJoiner out = new StringJoiner("&");
        add(out, "q", q);
        add(out, "user", user);
        add(out, "action", action);
        add(out, "from", from);
        add(out, "to", to);
        add(out, "page", page);
        add(out, "size", size);
        return out.toString();
    }

    private String actionName() {
        if (action == null || action.isBlank()) {
            return null;
        }
        String name = action.strip().toUpperCase(Locale.ROOT);
        try {
            return AuditAction.valueOf(name).name();
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("\"action\" is one of " + Arrays.stream(AuditAction.values())
                    .map(Enum::name).collect(Collectors.joining(", ")) + ".");
        }
    }

    /** A day (its start; for "to" the start of the next day, so the day is included) or an instant. */
    private static Instant instant(String name, String value, boolean endOfDay) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (v.length() > 40) {
            throw new InvalidRequestException("\"" + name + "\" is a day like 2026-01-31 or an instant like"
                    + " 2026-01-31T10:00:00Z.");
        }
        if (v.contains("T")) {
            try {
                return Instant.parse(v);
            } catch (DateTimeParseException e) {
                throw new InvalidRequestException("\"" + name + "\" is a day like 2026-01-31 or an instant like"
                        + " 2026-01-31T10:00:00Z, not \"" + v + "\".");
            }
        }
        LocalDate day = RequestValues.day(name, v);
        return (endOfDay ? day.plusDays(1) : day).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private static String capitalised(String message) {
        return message.isEmpty() ? message : Character.toUpperCase(message.charAt(0)) + message.substring(1);
    }

    private static void add(StringJoiner out, String name, String value) {
        if (value != null && !value.isBlank()) {
            out.add(name + "=" + URLEncoder.encode(value.strip(), StandardCharsets.UTF_8));
        }
    }

    private static String one(Map<String, String[]> parameters, String name) {
        String[] values = parameters.get(name);
        return values == null || values.length == 0 ? null : values[0];
    }
}
