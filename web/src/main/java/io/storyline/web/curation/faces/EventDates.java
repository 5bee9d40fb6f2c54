package io.storyline.web.curation.faces;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.util.Locale;

/** An editor's date and precision as a TIMEX3 value, and back. */
final class EventDates {

    static final String DAY = "DAY";
    static final String WEEK = "WEEK";
    static final String MONTH = "MONTH";
    static final String QUARTER = "QUARTER";
    static final String YEAR = "YEAR";

    private EventDates() {
    }

    /** {@code 2024-05-01} at MONTH precision is {@code 2024-05}; null when the day does not read. */
    static String timex(String day, String precision) {
        if (day == null || day.isBlank()) {
            return null;
        }
        LocalDate d;
        try {
            d = LocalDate.parse(day.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
        String p = precision == null ? DAY : precision.toUpperCase(Locale.ROOT);
        return switch (p) {
            case DAY -> d.toString();
            case WEEK -> String.format(Locale.ROOT, "%04d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR),
                    d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case MONTH -> String.format(Locale.ROOT, "%04d-%02d", d.getYear(), d.getMonthValue());
            case QUARTER -> String.format(Locale.ROOT, "%04d-Q%d", d.getYear(), d.get(IsoFields.QUARTER_OF_YEAR));
            case YEAR -> String.format(Locale.ROOT, "%04d", d.getYear());
            default -> null;
        };
    }

    /** The first calendar day a TIMEX3 value names (as the form shows it), or null. */
    static String calendarDay(String value) {
        if (value == null) {
            return null;
        }
        try {
            if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return value;
            }
            if (value.matches("\\d{4}-\\d{2}")) {
                return value + "-01";
            }
            if (value.matches("\\d{4}-W\\d{2}")) {
                return LocalDate.of(Integer.parseInt(value.substring(0, 4)), 1, 4)
                        .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(value.substring(6)))
                        .with(java.time.DayOfWeek.MONDAY).toString();
            }
            if (value.matches("\\d{4}-Q[1-4]")) {
                int q = value.charAt(6) - '0';
                return LocalDate.of(Integer.parseInt(value.substring(0, 4)), (q - 1) * 3 + 1, 1).toString();
            }
            if (value.matches("\\d{4}")) {
                return value + "-01-01";
            }
        } catch (RuntimeException e) {
            return null;
        }
        return null;
    }

    /** The precision of a TIMEX3 value's form; DAY when unknown. */
    static String precisionOf(String value) {
        if (value == null) {
            return DAY;
        }
        if (value.matches("\\d{4}-\\d{2}")) {
            return MONTH;
        }
        if (value.matches("\\d{4}-W\\d{2}")) {
            return WEEK;
        }
        if (value.matches("\\d{4}-Q[1-4]")) {
            return QUARTER;
        }
        if (value.matches("\\d{4}")) {
            return YEAR;
        }
        return DAY;
    }
}
