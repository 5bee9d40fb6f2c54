package io.storyline.domain.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class PublicationDateResolverTest {

    private final PublicationDateResolver resolver = new PublicationDateResolver(LocalDate.of(1900, 1, 1));
    private final Instant arrived = Instant.parse("2024-05-02T08:00:00Z");

    @Test
    void theMostTrustedSourceWinsWhateverTheOrderFound() {
        DateCandidate pdf = DateCandidate.ofDay(DateSource.PDF_INFO, LocalDate.of(2024, 5, 2), "D:20240502");
        DateCandidate meta = DateCandidate.ofDay(DateSource.META, LocalDate.of(2024, 5, 1), "2024-05-01");
        DateCandidate jsonLd = DateCandidate.ofTime(DateSource.JSON_LD,
                OffsetDateTime.parse("2024-05-01T09:30:00+03:00"), "2024-05-01T09:30:00+03:00");

        PublicationDateResolver.Resolution resolution = resolver.resolve(List.of(pdf, meta, jsonLd), arrived);

        assertEquals(jsonLd, resolution.chosen().orElseThrow());
        assertTrue(resolution.flags().isEmpty(), "a day apart still agrees: " + resolution.flags());
    }

    @Test
    void aPersonsDateWinsOverTheFile() {
        DateCandidate upload = DateCandidate.ofDay(DateSource.UPLOAD, LocalDate.of(2024, 5, 1), "2024-05-01");
        DateCandidate og = DateCandidate.ofDay(DateSource.OPEN_GRAPH, LocalDate.of(2024, 5, 1), "2024-05-01");

        assertEquals(DateSource.UPLOAD, resolver.resolve(List.of(og, upload), arrived).chosen().orElseThrow().source());
    }

    @Test
    void noDateAtAllIsMissing() {
        PublicationDateResolver.Resolution resolution = resolver.resolve(List.of(), arrived);

        assertTrue(resolution.chosen().isEmpty());
        assertEquals(EnumSet.of(DateFlag.MISSING), resolution.flags());
    }

    @Test
    void aDateAfterArrivalIsInTheFuture() {
        DateCandidate tomorrow = DateCandidate.ofDay(DateSource.META, LocalDate.of(2024, 5, 4), "2024-05-04");
        DateCandidate laterToday = DateCandidate.ofTime(DateSource.JSON_LD,
                OffsetDateTime.parse("2024-05-02T20:00:00Z"), "later");
        DateCandidate sameDayInTokyo = DateCandidate.ofDay(DateSource.META, LocalDate.of(2024, 5, 2), "2024-05-02");

        assertEquals(EnumSet.of(DateFlag.FUTURE), resolver.resolve(List.of(tomorrow), arrived).flags());
        assertEquals(EnumSet.of(DateFlag.FUTURE), resolver.resolve(List.of(laterToday), arrived).flags());
        assertTrue(resolver.resolve(List.of(sameDayInTokyo), arrived).flags().isEmpty());
    }

    @Test
    void veryOldDatesAndDisagreeingSourcesAreFlagged() {
        DateCandidate old = DateCandidate.ofDay(DateSource.PDF_INFO, LocalDate.of(1601, 1, 1), "D:16010101");
        assertEquals(EnumSet.of(DateFlag.IMPLAUSIBLY_OLD), resolver.resolve(List.of(old), arrived).flags());

        DateCandidate og = DateCandidate.ofDay(DateSource.OPEN_GRAPH, LocalDate.of(2024, 5, 1), "2024-05-01");
        DateCandidate dateline = DateCandidate.ofDay(DateSource.DATELINE, LocalDate.of(2024, 4, 4), "April 4");
        PublicationDateResolver.Resolution resolution = resolver.resolve(List.of(og, dateline), arrived);
        assertEquals(og, resolution.chosen().orElseThrow());
        assertEquals(EnumSet.of(DateFlag.CONTRADICTED), resolution.flags());
    }
}
