package io.storyline.ingestion.extraction.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storyline.domain.document.DateCandidate;
import io.storyline.domain.document.DateSource;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class DateParsingTest {

    private static DateCandidate parse(String raw) {
        return DateParsing.candidate(DateSource.META, raw).orElseThrow(() -> new AssertionError("not read: " + raw));
    }

    @Test
    void isoInstantsKeepTheirOffsetAndDay() {
        assertEquals(OffsetDateTime.parse("2024-05-01T23:30:00-04:00"), parse("2024-05-01T23:30:00-04:00").time().orElseThrow());
        assertEquals(OffsetDateTime.parse("2024-05-01T09:30:00+03:00"), parse("2024-05-01T09:30:00.000+0300").time().orElseThrow());
        assertEquals(OffsetDateTime.parse("2024-05-01T09:30:00Z"), parse("2024-05-01T09:30:00Z").time().orElseThrow());
        assertEquals(LocalDate.of(2024, 5, 1), parse("2024-05-01T23:30:00-04:00").day());
    }

    @Test
    void aTimeWithoutOffsetIsADayOnly() {
        DateCandidate local = parse("2024-05-01 09:30:00");
        assertEquals(LocalDate.of(2024, 5, 1), local.day());
        assertTrue(local.time().isEmpty());
    }

    @Test
    void otherCommonFormats() {
        assertEquals(LocalDate.of(2024, 5, 1), parse("2024-05-01").day());
        assertEquals(LocalDate.of(2024, 5, 1), parse("20240501").day());
        assertEquals(LocalDate.of(2024, 5, 1), parse("Wed, 1 May 2024 09:30:00 GMT").day());
        assertEquals(LocalDate.of(2024, 5, 1), parse("May 1, 2024").day());
        assertEquals(LocalDate.of(2024, 5, 1), parse("1 May 2024").day());
        assertEquals(LocalDate.of(2024, 4, 4), parse("Apr 4, 2024").day());
    }

    @Test
    void whatIsNoDateIsNoCandidate() {
        assertTrue(DateParsing.candidate(DateSource.META, "yesterday").isEmpty());
        assertTrue(DateParsing.candidate(DateSource.META, "").isEmpty());
        assertTrue(DateParsing.candidate(DateSource.META, null).isEmpty());
        assertTrue(DateParsing.candidate(DateSource.META, "2024-13-45").isEmpty());
    }
}
