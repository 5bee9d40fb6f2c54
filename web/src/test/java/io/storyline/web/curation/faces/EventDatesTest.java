package io.storyline.web.curation.faces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class EventDatesTest {

    @Test
    void aDayAtEachPrecision() {
        assertEquals("2024-05-01", EventDates.timex("2024-05-01", "DAY"));
        assertEquals("2024-05", EventDates.timex("2024-05-01", "MONTH"));
        assertEquals("2024-Q2", EventDates.timex("2024-05-01", "QUARTER"));
        assertEquals("2024", EventDates.timex("2024-05-01", "YEAR"));
        assertEquals("2024-W18", EventDates.timex("2024-05-01", "WEEK"));
        assertEquals("2020-W53", EventDates.timex("2021-01-01", "WEEK"), "ISO weeks belong to their week-based year");
    }

    @Test
    void whatIsNoDayGivesNothing() {
        assertNull(EventDates.timex("yesterday", "DAY"));
        assertNull(EventDates.timex("2024-02-30", "DAY"));
        assertNull(EventDates.timex(" ", "DAY"));
        assertNull(EventDates.timex("2024-05-01", "CENTURY"));
    }

    @Test
    void aValueShowsAsItsFirstDayAndPrecision() {
        assertEquals("2024-05-01", EventDates.calendarDay("2024-05"));
        assertEquals("MONTH", EventDates.precisionOf("2024-05"));
        assertEquals("2024-04-01", EventDates.calendarDay("2024-Q2"));
        assertEquals("2024-04-29", EventDates.calendarDay("2024-W18"));
        assertEquals("WEEK", EventDates.precisionOf("2024-W18"));
        assertEquals("2024-01-01", EventDates.calendarDay("2024"));
        assertNull(EventDates.calendarDay("PRESENT_REF"));
        assertEquals("DAY", EventDates.precisionOf(null));
    }
}
