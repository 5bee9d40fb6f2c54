package io.storyline.domain.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimeValueTest {

    @ParameterizedTest
    @CsvSource({
        "2024-05-01, 2024-05-01, 2024-05-01, DAY",
        "2024-05-01T14:30, 2024-05-01, 2024-05-01, TIME",
        "2024-05-01TMO, 2024-05-01, 2024-05-01, DAY",
        "2024-05, 2024-05-01, 2024-05-31, MONTH",
        "2024-02, 2024-02-01, 2024-02-29, MONTH",
        "2024-W18, 2024-04-29, 2024-05-05, WEEK",
        "2024-W18-WE, 2024-05-04, 2024-05-05, WEEK",
        "2024-Q2, 2024-04-01, 2024-06-30, QUARTER",
        "2024-H2, 2024-07-01, 2024-12-31, HALF_YEAR",
        "2024-SU, 2024-06-01, 2024-08-31, SEASON",
        "2023-WI, 2023-12-01, 2024-02-29, SEASON",
        "2024, 2024-01-01, 2024-12-31, YEAR",
        "199X, 1990-01-01, 1999-12-31, DECADE",
        "19XX, 1900-01-01, 1999-12-31, CENTURY"
    })
    void aValueCoversTheDaysItNames(String value, LocalDate start, LocalDate end, Granularity granularity) {
        TimeValue v = TimeValue.parse(value).orElseThrow();
        assertEquals(start, v.start());
        assertEquals(end, v.end());
        assertEquals(granularity, v.granularity());
    }

    @ParameterizedTest
    @CsvSource({"P3D", "PXY", "PRESENT_REF", "PAST_REF", "XXXX-04-04", "XXXX-WXX-3", "2024-02-30", "''"})
    void durationsReferencesAndUnresolvedValuesCoverNoInterval(String value) {
        assertTrue(TimeValue.parse(value).isEmpty(), value);
    }

    @Test
    void nothingIsNoInterval() {
        assertTrue(TimeValue.parse(null).isEmpty());
    }

    @Test
    void finerGranularitiesComeFirst() {
        assertTrue(Granularity.DAY.finerOrEqual(Granularity.MONTH));
        assertTrue(Granularity.MONTH.finerOrEqual(Granularity.MONTH));
        assertTrue(!Granularity.YEAR.finerOrEqual(Granularity.DAY));
    }
}
