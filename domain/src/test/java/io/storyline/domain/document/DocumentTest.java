package io.storyline.domain.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DocumentTest {

    private static final String SHA = "9F86D081884C7D659A2FEAA0C55AD015A3BF4F1B2B0B822CD15D6C15B0F00A08";
    private static final Instant NOW = Instant.parse("2024-05-01T10:00:00Z");

    @Test
    void aNewDocumentIsReceivedAndKeepsItsHashInLowerCase() {
        Document document = Document.received(SHA, "rafah.txt", "text/plain", 42, "archivist", NOW);

        assertEquals(DocumentStatus.RECEIVED, document.status());
        assertEquals(SHA.toLowerCase(), document.sha256());
        assertEquals("rafah.txt", document.displayTitle());
        assertTrue(document.publicationDate().isEmpty());
    }

    @Test
    void datelinesAreReadAgainstTheDateGivenAtUploadElseTheUploadDay() {
        Instant uploaded = Instant.parse("2026-12-08T00:30:00Z");
        Document given = Document.received(SHA, "blinken.txt", "text/plain", 42, "archivist", uploaded);
        given.describeAtUpload(null, PublicationDate.ofDay(LocalDate.of(2024, 5, 1), DateSource.UPLOAD), uploaded);
        Document undated = Document.received(SHA, "notes.txt", "text/plain", 42, "archivist", uploaded);

        assertEquals(LocalDate.of(2024, 5, 1), given.readingDay());
        assertEquals(LocalDate.of(2026, 12, 8), undated.readingDay());
        assertEquals(LocalDate.of(2026, 12, 8), undated.referenceDay());
        assertEquals(ReferenceSource.UPLOAD_DATE, undated.referenceDaySource());
    }

    @Test
    void somethingThatIsNotAHashIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Document.received("../../etc/passwd", "x.txt", "text/plain", 1, "a", NOW));
        assertTrue(e.getMessage().contains("SHA-256"), e.getMessage());
    }

    @Test
    void aFailureKeepsItsReasonAndAReadableMessageOfBoundedLength() {
        Document document = Document.received(SHA, "report.pdf", "application/pdf", 10, "a", NOW);

        document.markFailed(FailureReason.ENCRYPTED, "This PDF is password-protected.".repeat(200), NOW);

        assertEquals(DocumentStatus.FAILED, document.status());
        assertEquals(FailureReason.ENCRYPTED, document.failureReason().orElseThrow());
        assertEquals(Document.MAX_MESSAGE, document.failureMessage().orElseThrow().length());
    }

    @Test
    void onlyAFailedDocumentCanBeRetriedAndRetryingClearsTheFailure() {
        Document document = Document.received(SHA, "report.pdf", "application/pdf", 10, "a", NOW);
        assertThrows(IllegalStateException.class, () -> document.retry(NOW));

        document.markFailed(FailureReason.TIMEOUT, "Reading the file took too long.", NOW);
        document.retry(NOW.plusSeconds(60));

        assertEquals(DocumentStatus.RECEIVED, document.status());
        assertTrue(document.failureReason().isEmpty());
        assertEquals(NOW.plusSeconds(60), document.updatedAt());
    }

    @Test
    void whatTheUploaderSaysIsKept() {
        Document document = Document.received(SHA, "a.txt", "text/plain", 10, "a", NOW);

        document.describeAtUpload("  Al Mayadeen ", PublicationDate.parse("2024-05-01", DateSource.UPLOAD), NOW);

        assertEquals("Al Mayadeen", document.description().publisher().orElseThrow());
        assertEquals(LocalDate.of(2024, 5, 1), document.publicationDate().orElseThrow().day());
        assertEquals(DateSource.UPLOAD, document.publicationDate().orElseThrow().source());
    }

    @Test
    void statusesThatEndThePipelineAreFinal() {
        assertTrue(DocumentStatus.ANALYZED.isFinal());
        assertTrue(DocumentStatus.FAILED.isFinal());
        assertTrue(!DocumentStatus.EXTRACTED.isFinal());
    }
}
