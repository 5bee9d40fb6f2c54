package io.storyline.analysis.times;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class SpansTest {

    @Test
    void aStretchBackOrForwardIsADuration() {
        assertEquals(new Spans.Reading("DURATION", "P3Y"), Spans.read("the past three years"));
        assertEquals(new Spans.Reading("DURATION", "PXW"), Spans.read("the coming weeks"));
        assertEquals(new Spans.Reading("DURATION", "PXD"), Spans.read("the next several days"));
        assertEquals(new Spans.Reading("DURATION", "P10Y"), Spans.read("the past decade"));
        assertEquals(new Spans.Reading("DURATION", "P12M"), Spans.read("the last 12 months"));
    }

    @Test
    void aHalfOfAYearIsAHalfYear() {
        assertEquals(new Spans.Reading("DATE", "1989-H2"), Spans.read("the last half of 1989"));
        assertEquals(new Spans.Reading("DATE", "2024-H1"), Spans.read("first half of 2024"));
    }

    @Test
    void otherWordsAreLeftToSutime() {
        assertNull(Spans.read("last week"), "a date, not a stretch");
        assertNull(Spans.read("the past year"), "singular: often the calendar year");
        assertNull(Spans.read("the past grim years"));
    }
}
