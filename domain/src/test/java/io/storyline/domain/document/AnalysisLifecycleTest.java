package io.storyline.domain.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnalysisLifecycleTest {

    private static final String SHA = "a".repeat(64);
    private static final Instant NOW = Instant.parse("2024-05-03T10:00:00Z");
    private final PublicationDateResolver dates = new PublicationDateResolver(LocalDate.of(1900, 1, 1));

    private Document extracted(String publishedAt) {
        Document d = Document.received(SHA, "a.txt", "text/plain", 10, "archivist", NOW);
        if (publishedAt != null) {
            d.describeAtUpload(null, PublicationDate.parse(publishedAt, DateSource.UPLOAD), NOW);
        }
        d.claimForExtraction("node-1", NOW);
        d.completeExtraction(new ExtractedMetadata(null, null, null, null, "en", LanguageSource.DETECTED, null, 10, false, List.of()),
                dates, NOW);
        return d;
    }

    @Test
    void relativeDatesResolveAgainstThePublicationDateElseTheUploadDay() {
        Document published = extracted("2024-05-01");
        assertEquals(LocalDate.of(2024, 5, 1), published.referenceDay());
        assertEquals(ReferenceSource.PUBLICATION_DATE, published.referenceDaySource());

        Document unknown = extracted(null);
        assertEquals(LocalDate.of(2024, 5, 3), unknown.referenceDay());
        assertEquals(ReferenceSource.UPLOAD_DATE, unknown.referenceDaySource());
    }

    @Test
    void anExtractedDocumentIsClaimedAnalysedAndRemembersItsReferenceDay() {
        Document d = extracted("2024-05-01");
        d.claimForAnalysis("node-1", NOW);
        assertEquals(DocumentStatus.ANALYZING, d.status());
        assertEquals(1, d.analysisAttempts());
        assertThrows(IllegalStateException.class, () -> d.claimForAnalysis("node-2", NOW), "claimed once only");

        d.completeAnalysis(LocalDate.of(2024, 5, 1), ReferenceSource.PUBLICATION_DATE, NOW);
        assertEquals(DocumentStatus.ANALYZED, d.status());
        assertEquals(LocalDate.of(2024, 5, 1), d.referenceDate().orElseThrow());
        assertTrue(d.claimedBy().isEmpty());
    }

    @Test
    void aFailedAnalysisIsRetriedFromAnalysisNotFromExtraction() {
        Document d = extracted("2024-05-01");
        d.claimForAnalysis("node-1", NOW);
        d.markFailed(FailureReason.TIMEOUT, "analysis took too long", NOW);
        assertEquals(Stage.ANALYSIS, d.failedStage().orElseThrow());
        assertTrue(d.canBeReanalyzed());

        d.retry(NOW);
        assertEquals(DocumentStatus.EXTRACTED, d.status(), "the text is there: only analysis runs again");
        assertTrue(d.failedStage().isEmpty());
    }

    @Test
    void aFailedExtractionCannotBeReanalysedOnlyRetried() {
        Document d = Document.received(SHA, "a.pdf", "application/pdf", 10, "archivist", NOW);
        d.claimForExtraction("node-1", NOW);
        d.markFailed(FailureReason.ENCRYPTED, "password-protected", NOW);
        assertEquals(Stage.EXTRACTION, d.failedStage().orElseThrow());
        assertFalse(d.canBeReanalyzed());
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> d.reanalyze(NOW));
        assertTrue(e.getMessage().contains("retry it instead"), e.getMessage());
        d.retry(NOW);
        assertEquals(DocumentStatus.RECEIVED, d.status());
    }

    @Test
    void anAnalysedDocumentGoesBackToAnalysisAndAReleasedClaimWaitsAgain() {
        Document d = extracted("2024-05-01");
        d.claimForAnalysis("node-1", NOW);
        d.releaseAnalysisClaim(NOW);
        assertEquals(DocumentStatus.EXTRACTED, d.status());
        d.claimForAnalysis("node-1", NOW);
        d.completeAnalysis(LocalDate.of(2024, 5, 1), ReferenceSource.PUBLICATION_DATE, NOW);

        d.reanalyze(NOW);
        assertEquals(DocumentStatus.EXTRACTED, d.status());
        assertEquals(0, d.analysisAttempts());
    }
}
