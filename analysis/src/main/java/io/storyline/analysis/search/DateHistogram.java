package io.storyline.analysis.search;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Hits per publication month, as the index counts them ({@code yyyymm} to count), made into the bars of a chart:
 * one bar a month when the hits span at most {@value #MAX_MONTHS} months, else one a year; periods without hits
 * between the first and the last get an empty bar, so the bars are a time axis (past {@value #MAX_YEARS} years only
 * the years with hits are shown).
 */
public final class DateHistogram {

    static final int MAX_MONTHS = 36;
    static final int MAX_YEARS = 150;

    private DateHistogram() {
    }

    public static List<DateBucket> of(Map<Integer, Long> months) {
        TreeMap<YearMonth, Long> counts = new TreeMap<>();
        months.forEach((yyyymm, count) -> {
            if (yyyymm != null && count != null && count > 0 && yyyymm % 100 >= 1 && yyyymm % 100 <= 12) {
                counts.merge(YearMonth.of(yyyymm / 100, yyyymm % 100), count, Long::sum);
            }
        });
        List<DateBucket> buckets = new ArrayList<>();
        if (counts.isEmpty()) {
            return buckets;
        }
        YearMonth first = counts.firstKey();
        YearMonth last = counts.lastKey();
        if (first.until(last, java.time.temporal.ChronoUnit.MONTHS) < MAX_MONTHS) {
            for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
                buckets.add(new DateBucket(m.toString(), m.atDay(1), m.atEndOfMonth(), counts.getOrDefault(m, 0L)));
            }
            return buckets;
        }
        TreeMap<Integer, Long> years = new TreeMap<>();
        counts.forEach((m, count) -> years.merge(m.getYear(), count, Long::sum));
        boolean fill = last.getYear() - first.getYear() < MAX_YEARS;
        for (int y = first.getYear(); y <= last.getYear(); y++) {
            long count = years.getOrDefault(y, 0L);
            if (fill || count > 0) {
                buckets.add(new DateBucket(String.valueOf(y), LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), count));
            }
        }
        return buckets;
    }
}
