package io.storyline.domain.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The calendar interval a TIMEX3 value covers: {@code 2024-05-01} is that day, {@code 2024-05} the month,
 * {@code 2024-W18} the ISO week, {@code 2024-Q2} the quarter, {@code 2024-SU} the (northern) summer, {@code 199X}
 * the decade, {@code 2024-05-01T14:00} the day at time granularity. Durations, sets and references like
 * {@code PAST_REF} cover no interval.
 *
 * @param start the first day, inclusive
 * @param end   the last day, inclusive
 */
public record TimeValue(String value, LocalDate start, LocalDate end, Granularity granularity) {

    private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(T.*)?");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})(-WE)?");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern HALF = Pattern.compile("(\\d{4})-H([12])");
    private static final Pattern SEASON = Pattern.compile("(\\d{4})-(SP|SU|FA|WI)");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern DECADE = Pattern.compile("(\\d{3})X");
    private static final Pattern CENTURY = Pattern.compile("(\\d{2})XX?");

    /** The interval of a value; empty for durations, sets, references and anything unresolved. */
    public static Optional<TimeValue> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String v = value.strip();
        Matcher m;
        try {
            if ((m = DAY.matcher(v)).matches()) {
                LocalDate d = LocalDate.of(i(m, 1), i(m, 2), i(m, 3));
                return Optional.of(new TimeValue(v, d, d, m.group(4) != null && m.group(4).matches("T\\d.*")
                        ? Granularity.TIME : Granularity.DAY));
            }
            if ((m = MONTH.matcher(v)).matches()) {
                YearMonth ym = YearMonth.of(i(m, 1), i(m, 2));
                return Optional.of(new TimeValue(v, ym.atDay(1), ym.atEndOfMonth(), Granularity.MONTH));
            }
            if ((m = WEEK.matcher(v)).matches()) {
                LocalDate monday = LocalDate.of(i(m, 1), 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, i(m, 2))
                        .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                LocalDate start = m.group(3) != null ? monday.plusDays(5) : monday;
                return Optional.of(new TimeValue(v, start, monday.plusDays(6), Granularity.WEEK));
            }
            if ((m = QUARTER.matcher(v)).matches()) {
                LocalDate start = LocalDate.of(i(m, 1), (i(m, 2) - 1) * 3 + 1, 1);
                return Optional.of(new TimeValue(v, start, start.plusMonths(3).minusDays(1), Granularity.QUARTER));
            }
            if ((m = HALF.matcher(v)).matches()) {
                LocalDate start = LocalDate.of(i(m, 1), i(m, 2) == 1 ? 1 : 7, 1);
                return Optional.of(new TimeValue(v, start, start.plusMonths(6).minusDays(1), Granularity.HALF_YEAR));
            }
            if ((m = SEASON.matcher(v)).matches()) {
                return Optional.of(season(v, i(m, 1), m.group(2)));
            }
            if ((m = YEAR.matcher(v)).matches()) {
                int y = i(m, 1);
                return Optional.of(new TimeValue(v, LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), Granularity.YEAR));
            }
            if ((m = DECADE.matcher(v)).matches()) {
                int y = i(m, 1) * 10;
                return Optional.of(new TimeValue(v, LocalDate.of(y, 1, 1), LocalDate.of(y + 9, 12, 31),
                        Granularity.DECADE));
            }
            if ((m = CENTURY.matcher(v)).matches()) {
                int y = i(m, 1) * 100;
                return Optional.of(new TimeValue(v, LocalDate.of(y, 1, 1), LocalDate.of(y + 99, 12, 31),
                        Granularity.CENTURY));
            }
        } catch (java.time.DateTimeException e) {
            return Optional.empty(); // "2024-02-30": not a calendar date, so no interval
        }
        return Optional.empty();
    }

    private static TimeValue season(String v, int year, String season) {
        return switch (season) {
            case "SP" -> new TimeValue(v, LocalDate.of(year, 3, 1), LocalDate.of(year, 5, 31), Granularity.SEASON);
            case "SU" -> new TimeValue(v, LocalDate.of(year, 6, 1), LocalDate.of(year, 8, 31), Granularity.SEASON);
            case "FA" -> new TimeValue(v, LocalDate.of(year, 9, 1), LocalDate.of(year, 11, 30), Granularity.SEASON);
            default -> new TimeValue(v, LocalDate.of(year, 12, 1), LocalDate.of(year + 1, 3, 1).minusDays(1),
                    Granularity.SEASON);
        };
    }

    private static int i(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }
}
