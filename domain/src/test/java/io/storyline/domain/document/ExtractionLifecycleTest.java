package io.storyline.domain.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExtractionLifecycleTest {

    private static final String SHA = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    private static final Instant NOW = Instant.parse("2024-05-02T10:00:00Z");
    private final PublicationDateResolver dates = new PublicationDateResolver(LocalDate.of(1900, 1, 1));

    private static ExtractedMetadata found(String publisher, String language, List<DateCandidate> candidates) {
        return new ExtractedMetadata("Blinken meets Netanyahu", "Staff", publisher, "https://example.org/a", language,
                LanguageSource.DETECTED, 1, 1200, false, candidates);
    }

    @Test
    void aClaimedDocumentCompletesWithWhatWasFoundAndItsChosenDate() {
        Document document = Document.received(SHA, "a.html", "text/html", 10, "archivist", NOW);
        document.claimForExtraction("node-1", NOW);

        assertEquals(DocumentStatus.EXTRACTING, document.status());
        assertEquals(1, document.attempts());
        assertEquals("node-1", document.claimedBy().orElseThrow());

        document.completeExtraction(found("Al Mayadeen", "en", List.of(
                DateCandidate.ofDay(DateSource.OPEN_GRAPH, LocalDate.of(2024, 5, 1), "2024-05-01"))), dates, NOW);

        assertEquals(DocumentStatus.EXTRACTED, document.status());
        assertEquals("Blinken meets Netanyahu", document.displayTitle());
        assertEquals("Al Mayadeen", document.description().publisher().orElseThrow());
        assertEquals(LocalDate.of(2024, 5, 1), document.publicationDate().orElseThrow().day());
        assertEquals(DateSource.OPEN_GRAPH, document.publicationDate().orElseThrow().source());
        assertTrue(document.claimedBy().isEmpty());
        assertTrue(document.dateFlags().isEmpty());
    }

    @Test
    void whatPeopleGaveSurvivesExtraction() {
        Document document = Document.received(SHA, "a.html", "text/html", 10, "archivist", NOW);
        document.describeAtUpload("Reuters", PublicationDate.parse("2024-05-01", DateSource.UPLOAD), NOW);
        document.setLanguageByPerson("ar", NOW);
        document.claimForExtraction("node-1", NOW);

        document.completeExtraction(found("Some Site", "en", List.of(
                DateCandidate.ofDay(DateSource.JSON_LD, LocalDate.of(2024, 4, 1), "2024-04-01"))), dates, NOW);

        assertEquals("Reuters", document.description().publisher().orElseThrow());
        assertEquals("ar", document.description().language().orElseThrow());
        assertEquals(LanguageSource.MANUAL, document.description().languageSource().orElseThrow());
        assertEquals(DateSource.UPLOAD, document.publicationDate().orElseThrow().source());
        assertEquals(2, document.dateCandidates().size(), "the file's date is kept as a candidate");
        assertEquals(EnumSet.of(DateFlag.CONTRADICTED), document.dateFlags());
    }

    @Test
    void aPersonsCorrectedDateWinsOverTheFileNowAndAtTheNextReading() {
        Document document = Document.received(SHA, "a.html", "text/html", 10, "archivist", NOW);
        document.claimForExtraction("node-1", NOW);
        document.completeExtraction(found(null, "en", List.of(
                DateCandidate.ofDay(DateSource.JSON_LD, LocalDate.of(2024, 4, 1), "2024-04-01"))), dates, NOW);

        document.correctPublicationDate(PublicationDate.parse("2024-06-13", DateSource.UPLOAD), NOW);
        assertEquals(LocalDate.of(2024, 6, 13), document.referenceDay(), "relative dates are read from it");
        assertEquals(ReferenceSource.PUBLICATION_DATE, document.referenceDaySource());

        document.reextract(NOW);
        document.claimForExtraction("node-1", NOW);
        document.completeExtraction(found(null, "en", List.of(
                DateCandidate.ofDay(DateSource.JSON_LD, LocalDate.of(2024, 4, 1), "2024-04-01"))), dates, NOW);
        assertEquals(LocalDate.of(2024, 6, 13), document.publicationDate().orElseThrow().day());
        assertEquals(DateSource.UPLOAD, document.publicationDate().orElseThrow().source());
        assertThrows(IllegalArgumentException.class, () -> document.correctPublicationDate(
                PublicationDate.parse("2024-06-13", DateSource.META), NOW), "a correction is a person's date");
    }

    @Test
    void extractingAgainReplacesTheFilesCandidatesButKeepsTheUploadOne() {
        Document document = Document.received(SHA, "a.html", "text/html", 10, "archivist", NOW);
        document.describeAtUpload(null, PublicationDate.parse("2024-05-01", DateSource.UPLOAD), NOW);
        for (int run = 0; run < 2; run++) {
            document.claimForExtraction("node-1", NOW);
            document.completeExtraction(found(null, "en", List.of(
                    DateCandidate.ofDay(DateSource.META, LocalDate.of(2024, 5, 1), "2024-05-01"))), dates, NOW);
            document.markFailed(FailureReason.INTERNAL, "test", NOW);
            document.retry(NOW);
        }
        assertEquals(2, document.dateCandidates().size());
    }

    @Test
    void onlyAReceivedDocumentCanBeClaimedAndOnlyAClaimedOneCompleted() {
        Document document = Document.received(SHA, "a.txt", "text/plain", 10, "archivist", NOW);
        assertThrows(IllegalStateException.class,
                () -> document.completeExtraction(found(null, null, List.of()), dates, NOW));

        document.claimForExtraction("node-1", NOW);
        assertThrows(IllegalStateException.class, () -> document.claimForExtraction("node-2", NOW));

        document.releaseClaim(NOW);
        assertEquals(DocumentStatus.RECEIVED, document.status());
        assertFalse(document.claimedAt().isPresent());
    }

    @Test
    void aDocumentWithoutAnyDateIsFlaggedMissing() {
        Document document = Document.received(SHA, "a.txt", "text/plain", 10, "archivist", NOW);
        document.claimForExtraction("node-1", NOW);

        document.completeExtraction(found(null, "en", List.of()), dates, NOW);

        assertTrue(document.publicationDate().isEmpty());
        assertEquals(EnumSet.of(DateFlag.MISSING), document.dateFlags());
    }

    @Test
    void aLanguageSetByAPersonMustBeACode() {
        Document document = Document.received(SHA, "a.txt", "text/plain", 10, "archivist", NOW);
        assertThrows(IllegalArgumentException.class, () -> document.setLanguageByPerson("English", NOW));
        document.setLanguageByPerson("pt-BR", NOW);
        assertEquals("pt-BR", document.description().language().orElseThrow());
    }

    @Test
    void textWhoseCharsetIsUncertainIsListedForReviewUntilAReadingIsClean() {
        Document document = Document.received(SHA, "page.html", "text/html", 10, "archivist", NOW);
        document.claimForExtraction("node-1", NOW);
        DateCandidate day = DateCandidate.ofDay(DateSource.OPEN_GRAPH, LocalDate.of(2024, 5, 1), "2024-05-01");

        document.completeExtraction(new ExtractedMetadata("t", null, null, null, "ar", LanguageSource.DETECTED, null,
                500, false, List.of(day), true), dates, NOW);

        assertEquals(EnumSet.of(DateFlag.ENCODING_UNCERTAIN), document.dateFlags());
        assertEquals(LocalDate.of(2024, 5, 1), document.publicationDate().orElseThrow().day());

        document.reextract(NOW);
        document.claimForExtraction("node-1", NOW);
        document.completeExtraction(found(null, "ar", List.of(day)), dates, NOW);
        assertTrue(document.dateFlags().isEmpty(), "a clean reading clears the flag");
    }
}
