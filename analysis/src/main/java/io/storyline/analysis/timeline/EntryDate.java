package io.storyline.analysis.timeline;

import io.storyline.domain.time.Granularity;
import io.storyline.domain.time.TimeValue;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A timeline entry's date at the precision known: its TIMEX3 value, the days it covers, and how to say it
 * ("4 April 2024", "April 2024", "2024").
 */
public record EntryDate(String value, LocalDate start, LocalDate end, Granularity granularity, String display) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

    public EntryDate {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(granularity, "granularity");
    }

    public static EntryDate of(String value, LocalDate start, LocalDate end, Granularity granularity) {
        return new EntryDate(value, start, end, granularity, display(start, end, granularity));
    }

    /** The date a TIMEX3 value names, if it names calendar days. */
    public static Optional<EntryDate> parse(String timexValue) {
        return TimeValue.parse(timexValue).map(v -> of(v.value(), v.start(), v.end(), v.granularity()));
    }

    /** Whether the two dates share at least one day. */
    public boolean overlaps(EntryDate other) {
        return !start.isAfter(other.end) && !other.start.isAfter(end);
    }

    private static String display(LocalDate start, LocalDate end, Granularity granularity) {
        return switch (granularity) {
            case TIME, DAY -> DAY.format(start);
            case MONTH -> MONTH.format(start);
            case YEAR -> Integer.toString(start.getYear());
            case DECADE -> (start.getYear() / 10 * 10) + "s";
            case CENTURY -> "the " + ordinal(start.getYear() / 100 + 1) + " century";
            case QUARTER -> "Q" + ((start.getMonthValue() - 1) / 3 + 1) + " " + start.getYear();
            case HALF_YEAR -> (start.getMonthValue() <= 6 ? "first" : "second") + " half of " + start.getYear();
            case WEEK -> "week of " + DAY.format(start);
            case SEASON -> DAY.format(start) + " – " + DAY.format(end);
        };
    }

    private static String ordinal(int n) {
        return n + (n % 100 >= 11 && n % 100 <= 13 ? "th" : switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        });
    }
}
