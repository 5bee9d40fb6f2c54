package io.storyline.ingestion.extraction.internal;

import io.storyline.domain.document.DateCandidate;
import io.storyline.domain.document.DateSource;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a wire-style dateline in the first lines of a text: "WASHINGTON, May 1 (Reuters) -",
 * "GAZA CITY, 30 April 2024 (AFP) —", "Jerusalem, May 1, 2024 -". A dateline without a year takes the year
 * that puts it closest before the reference date (when the document arrived).
 */
final class DatelineFinder {

    private static final int WINDOW = 400;
    private static final String MONTH = "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
            + "|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
    private static final String PLACE = "(?:[A-Z][A-Za-z'\\-\\.]*(?:\\s+[A-Z][A-Za-z'\\-\\.]*){0,4})"
            + "(?:\\s*,\\s*[A-Z][A-Za-z'\\-\\.]*(?:\\s+[A-Z][A-Za-z'\\-\\.]*){0,3})?";
    private static final String AGENCY = "(?:\\s*\\((?:[A-Za-z][A-Za-z .&/-]{1,40})\\))?";
    private static final String DASH = "\\s*(?:--|[-\\u2013\\u2014:])";
    private static final Pattern MONTH_FIRST = Pattern.compile(
            "(?m)^\\s*" + PLACE + "\\s*,\\s*" + MONTH + "\\s+(\\d{1,2})(?:\\s*,\\s*(\\d{4}))?" + AGENCY + DASH);
    private static final Pattern DAY_FIRST = Pattern.compile(
            "(?m)^\\s*" + PLACE + "\\s*,\\s*(\\d{1,2})\\s+" + MONTH + "(?:\\s+(\\d{4}))?" + AGENCY + DASH);

    private DatelineFinder() {
    }

    static Optional<DateCandidate> find(String text, LocalDate reference) {
        String head = text.length() > WINDOW ? text.substring(0, WINDOW) : text;
        Matcher monthFirst = MONTH_FIRST.matcher(head);
        if (monthFirst.find()) {
            return candidate(monthFirst.group(0), monthFirst.group(1), monthFirst.group(2), monthFirst.group(3), reference);
        }
        Matcher dayFirst = DAY_FIRST.matcher(head);
        if (dayFirst.find()) {
            return candidate(dayFirst.group(0), dayFirst.group(2), dayFirst.group(1), dayFirst.group(3), reference);
        }
        return Optional.empty();
    }

    private static Optional<DateCandidate> candidate(String raw, String monthName, String day, String year,
                                                     LocalDate reference) {
        Month month = month(monthName);
        int dayOfMonth = Integer.parseInt(day);
        try {
            LocalDate date;
            if (year != null) {
                date = LocalDate.of(Integer.parseInt(year), month, dayOfMonth);
            } else {
                date = LocalDate.of(reference.getYear(), month, dayOfMonth);
                if (date.isAfter(reference.plusDays(1))) {
                    date = date.minusYears(1);
                }
            }
            return Optional.of(DateCandidate.ofDay(DateSource.DATELINE, date, raw.strip()));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static Month month(String name) {
        String prefix = name.substring(0, 3).toUpperCase(Locale.ROOT);
        for (Month month : Month.values()) {
            if (month.name().startsWith(prefix)) {
                return month;
            }
        }
        throw new IllegalArgumentException("not a month: " + name);
    }
}
