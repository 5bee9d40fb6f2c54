package io.storyline.analysis.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DateHistogramTest {

    @Test
    void hitsWithinThreeYearsAreCountedByMonthWithEmptyMonthsBetween() {
        List<DateBucket> bars = DateHistogram.of(Map.of(202311, 2L, 202402, 5L));
        assertEquals(List.of("2023-11", "2023-12", "2024-01", "2024-02"), bars.stream().map(DateBucket::label).toList());
        assertEquals(List.of(2L, 0L, 0L, 5L), bars.stream().map(DateBucket::count).toList());
        assertEquals(LocalDate.of(2024, 2, 1), bars.get(3).from());
        assertEquals(LocalDate.of(2024, 2, 29), bars.get(3).to(), "a leap February ends on the 29th");
    }

    @Test
    void longerSpansAreCountedByYear() {
        List<DateBucket> bars = DateHistogram.of(Map.of(199001, 1L, 199012, 2L, 199403, 4L));
        assertEquals(List.of("1990", "1991", "1992", "1993", "1994"), bars.stream().map(DateBucket::label).toList());
        assertEquals(List.of(3L, 0L, 0L, 0L, 4L), bars.stream().map(DateBucket::count).toList());
        assertEquals(LocalDate.of(1994, 1, 1), bars.get(4).from());
        assertEquals(LocalDate.of(1994, 12, 31), bars.get(4).to());
    }

    @Test
    void centuriesApartShowOnlyTheYearsWithHits() {
        List<DateBucket> bars = DateHistogram.of(Map.of(180005, 1L, 202001, 3L));
        assertEquals(List.of("1800", "2020"), bars.stream().map(DateBucket::label).toList());
    }

    @Test
    void nothingDatedDrawsNothing() {
        assertTrue(DateHistogram.of(Map.of()).isEmpty());
        assertTrue(DateHistogram.of(Map.of(202413, 1L, 202401, 0L)).isEmpty(), "no month 13, no empty counts");
    }
}
