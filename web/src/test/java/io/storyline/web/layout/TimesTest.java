package io.storyline.web.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Date;
import org.junit.jupiter.api.Test;

class TimesTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Instant AT = Instant.parse("2026-12-08T13:05:42.123Z");

    @Test
    void everyKindOfMomentIsWrittenOneWayInTheZone() {
        assertEquals("8 Dec 2026, 14:05", Times.format(AT, BERLIN));
        assertEquals("8 Dec 2026, 14:05", Times.format(Date.from(AT), BERLIN));
        assertEquals("8 Dec 2026, 14:05", Times.format(OffsetDateTime.ofInstant(AT, ZoneOffset.ofHours(-5)), BERLIN));
        assertEquals("8 Dec 2026, 13:05", Times.format(AT, ZoneOffset.UTC));
        assertEquals("1 May 2024, 00:30", Times.format(Instant.parse("2024-04-30T22:30:00Z"), BERLIN),
                "the day is the zone's day");
        assertEquals("", Times.format(null, BERLIN));
    }

    @Test
    void aDayIsWrittenAsTheArchiveWritesDates() {
        assertEquals("2024-05-01", Times.day(LocalDate.of(2024, 5, 1), BERLIN));
        assertEquals("2024-05-01", Times.day(Instant.parse("2024-04-30T22:30:00Z"), BERLIN));
        assertEquals("", Times.day(null, BERLIN));
    }

    @Test
    void anUnknownZoneFallsBackToTheServers() {
        assertEquals(BERLIN, Times.configured("Europe/Berlin"));
        assertEquals(ZoneId.systemDefault(), Times.configured("Mars/Olympus"));
        assertEquals(ZoneId.systemDefault(), Times.configured(" "));
    }
}
