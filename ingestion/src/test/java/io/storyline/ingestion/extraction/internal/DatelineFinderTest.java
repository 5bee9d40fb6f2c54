package io.storyline.ingestion.extraction.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storyline.domain.document.DateCandidate;
import io.storyline.domain.document.DateSource;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DatelineFinderTest {

    private final LocalDate arrived = LocalDate.of(2024, 5, 2);

    @Test
    void aWireDatelineWithoutYearTakesTheArrivalYear() {
        DateCandidate date = DatelineFinder.find("Blinken in Israel\n\nWASHINGTON, May 1 (Reuters) - The top US diplomat ...",
                arrived).orElseThrow();

        assertEquals(DateSource.DATELINE, date.source());
        assertEquals(LocalDate.of(2024, 5, 1), date.day());
        assertEquals("WASHINGTON, May 1 (Reuters) -", date.raw().orElseThrow());
    }

    @Test
    void aDatelineLaterInTheYearThanArrivalBelongsToLastYear() {
        assertEquals(LocalDate.of(2023, 12, 30),
                DatelineFinder.find("GAZA CITY, Dec. 30 (AP) \u2014 Airstrikes ...", arrived).orElseThrow().day());
    }

    @Test
    void dayFirstAndFullDatesAreReadToo() {
        assertEquals(LocalDate.of(2024, 4, 30),
                DatelineFinder.find("TEL AVIV, 30 April 2024 (AFP) - Families of captives ...", arrived).orElseThrow().day());
        assertEquals(LocalDate.of(2024, 4, 4),
                DatelineFinder.find("Jerusalem, April 4, 2024 -- President Biden called ...", arrived).orElseThrow().day());
    }

    @Test
    void textWithoutADatelineHasNone() {
        assertTrue(DatelineFinder.find("US Secretary of State Antony Blinken met Netanyahu on Wednesday.", arrived).isEmpty());
        assertTrue(DatelineFinder.find("Netanyahu, Blinken discuss need to avoid further escalation in Gaza", arrived).isEmpty());
    }
}
