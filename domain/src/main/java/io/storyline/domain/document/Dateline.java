package io.storyline.domain.document;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A wire-style dateline opening a paragraph: "WASHINGTON, May 1 (Reuters) -", "GAZA CITY, Gaza Strip, April 30 -",
 * "TEL AVIV, 30 April 2024 (AFP) —", "TEL AVIV (Reuters) —", "Jerusalem, April 4, 2024 --". The one rule both
 * stages read datelines by: a place, an optional region, an optional date, an optional agency in brackets and a
 * dash, then a capital that starts the story. A place in capitals is a dateline by itself; a place in ordinary
 * case only with a date (so a headline like "Israel - Hamas talks" is not one).
 *
 * @param raw       the dateline as written, up to and with its dash
 * @param dashStart where its dash starts in the text
 * @param dashEnd   where its dash ends in the text
 * @param date      the day it names, when it names one
 */
public record Dateline(String raw, int dashStart, int dashEnd, Optional<LocalDate> date) {

    /** Only the opening of a text is searched for the dateline that dates it. */
    static final int OPENING = 400;
    private static final String MONTH = "(?<%s>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?"
            + "|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
    private static final String WORD = "\\p{Lu}[\\p{L}'\u2019.\\-]*";
    private static final String PLACE = "(?<place>" + WORD + "(?:[ \\t]+" + WORD + "){0,4})";
    private static final String REGION = "(?:,[ \\t]*" + WORD + "(?:[ \\t]+" + WORD + "){0,3})?";
    private static final String DATE = "(?:,[ \\t]*(?:" + MONTH.formatted("month") + "[ \\t]+(?<day>\\d{1,2})"
            + "(?:,[ \\t]*(?<year>\\d{4}))?|(?<dayFirst>\\d{1,2})[ \\t]+" + MONTH.formatted("monthAfter")
            + "(?:[ \\t]+(?<yearAfter>\\d{4}))?))?";
    private static final String AGENCY = "(?:[ \\t]*\\(\\p{L}[\\p{L} .&/-]{1,40}\\))?";
    private static final Pattern DATELINE = Pattern.compile("(?m)^[ \\t]*(?<raw>" + PLACE + REGION + DATE + AGENCY
            + "[ \\t]*(?<dash>--|[-\u2013\u2014]))(?=\\s+\\p{Lu})");

    /**
     * The text with the dash of each paragraph-opening dateline turned into a line break (a "--" into a break and a
     * space), so that a sentence splitter makes the dateline a sentence of its own instead of taking the place for
     * the subject of the first sentence. The text keeps its length, so every offset still points into the original.
     */
    public static String separate(String text) {
        Matcher m = DATELINE.matcher(text);
        StringBuilder out = null;
        while (m.find()) {
            if (!isDateline(m)) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text);
            }
            out.setCharAt(m.start("dash"), '\n');
            for (int i = m.start("dash") + 1; i < m.end("dash"); i++) {
                out.setCharAt(i, ' ');
            }
        }
        return out == null ? text : out.toString();
    }

    /**
     * The first dateline in the opening of the text that names a day. A day without a year takes the year that puts
     * it closest before {@code reference} (a day after it belongs to the year before).
     */
    public static Optional<Dateline> dating(String text, LocalDate reference) {
        Matcher m = DATELINE.matcher(text.length() > OPENING ? text.substring(0, OPENING) : text);
        while (m.find()) {
            if (isDateline(m)) {
                Optional<LocalDate> day = day(m, reference);
                if (day.isPresent()) {
                    return Optional.of(new Dateline(m.group("raw").strip(), m.start("dash"), m.end("dash"), day));
                }
            }
        }
        return Optional.empty();
    }

    /** The day this dateline names, as a publication date candidate. */
    public Optional<DateCandidate> asCandidate() {
        return date.map(day -> DateCandidate.ofDay(DateSource.DATELINE, day, raw));
    }

    private static boolean isDateline(Matcher m) {
        String place = m.group("place");
        boolean capitals = place.equals(place.toUpperCase(Locale.ROOT))
                && place.codePoints().filter(Character::isLetter).count() >= 2;
        return capitals || m.group("month") != null || m.group("monthAfter") != null;
    }

    private static Optional<LocalDate> day(Matcher m, LocalDate reference) {
        boolean monthFirst = m.group("month") != null;
        if (!monthFirst && m.group("monthAfter") == null) {
            return Optional.empty();
        }
        Month month = month(monthFirst ? m.group("month") : m.group("monthAfter"));
        int day = Integer.parseInt(monthFirst ? m.group("day") : m.group("dayFirst"));
        String year = monthFirst ? m.group("year") : m.group("yearAfter");
        try {
            if (year != null) {
                return Optional.of(LocalDate.of(Integer.parseInt(year), month, day));
            }
            LocalDate date = LocalDate.of(reference.getYear(), month, day);
            return Optional.of(date.isAfter(reference.plusDays(1)) ? date.minusYears(1) : date);
        } catch (DateTimeException e) {
            return Optional.empty(); // "April 31": no day at all
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
