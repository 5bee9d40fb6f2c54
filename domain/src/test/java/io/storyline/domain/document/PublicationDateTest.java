package io.storyline.domain.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PublicationDateTest {

    @Test
    void aDateAloneHasNoTime() {
        PublicationDate date = PublicationDate.parse("2024-05-01", DateSource.UPLOAD);

        assertEquals(LocalDate.of(2024, 5, 1), date.day());
        assertTrue(date.time().isEmpty());
        assertEquals("2024-05-01", date.iso());
    }

    @Test
    void aDateTimeKeepsTheDayOfItsOwnZone() {
        PublicationDate date = PublicationDate.parse("2024-05-01T23:30:00-04:00", DateSource.JSON_LD);

        assertEquals(LocalDate.of(2024, 5, 1), date.day(), "the publisher's day, not UTC's");
        assertEquals("2024-05-01T23:30-04:00", date.iso());
    }

    @Test
    void somethingElseIsRefusedWithAnExample() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PublicationDate.parse("May 1st", DateSource.UPLOAD));
        assertTrue(e.getMessage().contains("2024-05-01"), e.getMessage());
    }
}
