package io.storyline.domain.document.jpa;

import static io.storyline.domain.document.jpa.Archive.at;
import static io.storyline.domain.document.jpa.Archive.jsonLd;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storyline.domain.document.Channel;
import io.storyline.domain.document.DateFlag;
import io.storyline.domain.document.DateSource;
import io.storyline.domain.document.Document;
import io.storyline.domain.document.DocumentStatus;
import io.storyline.domain.document.DocumentText;
import io.storyline.domain.document.FailureCount;
import io.storyline.domain.document.FailureReason;
import io.storyline.domain.document.HistoryEntry;
import io.storyline.domain.document.ReferenceSource;
import io.storyline.domain.document.Sighting;
import io.storyline.domain.document.Stage;
import io.storyline.testing.TestDatabase;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the workers, the recovery and the monitor ask of the document rows: claims, documents left waiting, failures
 * by stage and reason, texts, sightings and history; and that a document's state survives the round trip through
 * its columns.
 */
class JpaDocumentRepositoryPipelineTest {

    private TestDatabase db;
    private Archive archive;
    private JpaDocumentRepository documents;

    @BeforeEach
    void open() {
        db = TestDatabase.migrated();
        archive = new Archive(db);
        documents = archive.documents;
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aDocumentComesBackFromItsColumnsAsItWasSaved() {
        Document bundle = archive.uploaded("pack.zip", "application/zip", "maria", at("2024-05-01T09:00:00Z"), "AP", null);
        Document given = archive.uploaded("blinken.html", "text/html", "maria", at("2024-05-02T08:00:00Z"), "Reuters",
                LocalDate.of(2024, 5, 1));
        db.transaction(em -> documents.find(given.id()).orElseThrow().foundInside(bundle.id(), 0));
        archive.extracted(given, "Blinken meets Netanyahu", "en", at("2024-05-02T08:01:00Z"),
                jsonLd(LocalDate.of(2024, 4, 20)));
        db.transaction(em -> {
            Document d = documents.find(given.id()).orElseThrow();
            d.claimForAnalysis("node-2", at("2024-05-02T08:02:00Z"));
            d.completeAnalysis(LocalDate.of(2024, 5, 1), ReferenceSource.PUBLICATION_DATE, at("2024-05-02T08:03:00Z"));
        });
        db.clear();

        Document read = documents.findWhole(given.id()).orElseThrow();
        assertEquals(DocumentStatus.ANALYZED, read.status());
        assertEquals(LocalDate.of(2024, 5, 1), read.publicationDate().orElseThrow().day(), "the date given at upload wins");
        assertEquals(DateSource.UPLOAD, read.publicationDate().orElseThrow().source());
        assertEquals(List.of(DateSource.UPLOAD, DateSource.JSON_LD),
                read.dateCandidates().stream().map(c -> c.source()).toList());
        assertEquals(Set.of(DateFlag.CONTRADICTED), read.dateFlags());
        assertEquals(Optional.of(bundle.id()), read.parentId());
        assertEquals(1, read.archiveDepth());
        assertEquals("maria", read.uploadedBy());
        assertEquals(at("2024-05-02T08:00:00Z"), read.uploadedAt());
        assertEquals(Optional.of(at("2024-05-02T08:01:00Z")), read.extractedAt());
        assertEquals(Optional.of(at("2024-05-02T08:03:00Z")), read.analyzedAt());
        assertEquals(Optional.of(LocalDate.of(2024, 5, 1)), read.referenceDate());
        assertEquals(1, read.attempts());
        assertEquals(1, read.analysisAttempts());
        assertTrue(read.claimedBy().isEmpty());
        assertTrue(read.failureReason().isEmpty());
        assertEquals("Reuters", read.description().publisher().orElseThrow());
    }

    @Test
    void aDocumentWithoutAnyDateOrFailureComesBackWithEmptyValues() {
        Document plain = archive.uploaded("notes.txt", at("2024-05-02T08:00:00Z"));
        db.clear();

        Document read = documents.findWhole(plain.id()).orElseThrow();
        assertEquals(DocumentStatus.RECEIVED, read.status());
        assertTrue(read.publicationDate().isEmpty());
        assertEquals(List.of(), read.dateCandidates());
        assertEquals(Set.of(), read.dateFlags());
        assertTrue(read.failureMessage().isEmpty());
        assertEquals(LocalDate.of(2024, 5, 2), read.readingDay(), "without a date given, the upload day");
    }

    @Test
    void aWorkerFindsWhatItClaimedAndRecoveryWhatWasClaimedTooLongAgo() {
        Document a = archive.claimed(archive.uploaded("a.html", at("2024-05-02T08:00:00Z")), "node-1", at("2024-05-02T09:00:00Z"));
        Document b = archive.claimed(archive.uploaded("b.html", at("2024-05-02T08:00:01Z")), "node-2", at("2024-05-02T09:05:00Z"));
        Document c = archive.claimed(archive.uploaded("c.html", at("2024-05-02T08:00:02Z")), "node-1", at("2024-05-02T09:10:00Z"));
        Document waiting = archive.uploaded("d.html", at("2024-05-02T08:00:03Z"));

        assertEquals(List.of(a.id(), c.id()), documents.idsClaimedBy(DocumentStatus.EXTRACTING, "node-1").stream().sorted().toList());
        assertEquals(List.of(), documents.idsClaimedBy(DocumentStatus.ANALYZING, "node-1"));
        assertEquals(List.of(a.id(), b.id()), documents.idsClaimedBefore(DocumentStatus.EXTRACTING, at("2024-05-02T09:06:00Z"), 10),
                "the oldest claim first");
        assertEquals(List.of(a.id()), documents.idsClaimedBefore(DocumentStatus.EXTRACTING, at("2024-05-02T09:06:00Z"), 1));
        assertEquals(List.of(waiting.id()), documents.idsInStatus(List.of(DocumentStatus.RECEIVED), 0, 10));
        assertEquals(List.of(b.id(), c.id()), documents.idsInStatus(List.of(DocumentStatus.EXTRACTING), a.id(), 10),
                "a batch goes on after the last id of the one before");
        assertEquals(List.of(waiting.id()), documents.idsUnchangedSince(DocumentStatus.RECEIVED, at("2024-05-02T09:00:00Z"), 10));
        assertEquals(Optional.of(at("2024-05-02T08:00:03Z")), documents.oldestIn(DocumentStatus.RECEIVED));
        assertEquals(Optional.empty(), documents.oldestIn(DocumentStatus.ANALYZING));
    }

    @Test
    void failuresAreCountedByStageAndReasonWithTheNewestFirst() {
        Document locked = archive.failed(archive.uploaded("locked.pdf", at("2024-05-02T08:00:00Z")), FailureReason.ENCRYPTED,
                "The PDF is protected by a password.", at("2024-05-02T09:00:00Z"));
        Document scan1 = archive.failed(archive.uploaded("scan1.pdf", at("2024-05-02T08:00:01Z")), FailureReason.NEEDS_OCR,
                "Only images of pages.", at("2024-05-02T09:01:00Z"));
        Document scan2 = archive.failed(archive.uploaded("scan2.pdf", at("2024-05-02T08:00:02Z")), FailureReason.NEEDS_OCR,
                "Only images of pages.", at("2024-05-02T09:02:00Z"));
        Document slow = archive.extracted(archive.uploaded("long.html", at("2024-05-02T08:00:03Z")), "Long", "en",
                at("2024-05-02T08:01:00Z"));
        db.transaction(em -> {
            Document d = documents.find(slow.id()).orElseThrow();
            d.claimForAnalysis("node-1", at("2024-05-02T09:03:00Z"));
            d.markFailed(FailureReason.TIMEOUT, "Analysis stopped at its time limit.", at("2024-05-02T09:04:00Z"));
        });
        // A failure recorded before stages were: counted with extraction's.
        Document old = archive.failed(archive.uploaded("old.pdf", at("2024-05-01T08:00:00Z")), FailureReason.NEEDS_OCR,
                "Only images of pages.", at("2024-05-01T09:00:00Z"));
        db.transaction(em -> em.createNativeQuery("update document set failed_stage = null where id = " + old.id())
                .executeUpdate());
        db.clear();

        assertEquals(List.of(new FailureCount(Stage.EXTRACTION, FailureReason.NEEDS_OCR, 3, at("2024-05-02T09:02:00Z")),
                new FailureCount(Stage.EXTRACTION, FailureReason.ENCRYPTED, 1, at("2024-05-02T09:00:00Z")),
                new FailureCount(Stage.ANALYSIS, FailureReason.TIMEOUT, 1, at("2024-05-02T09:04:00Z"))),
                documents.failureCounts());
        assertEquals(List.of(scan2.id(), scan1.id()), documents.newestFailures(Stage.EXTRACTION, FailureReason.NEEDS_OCR, 2)
                .stream().map(Document::id).toList());
        assertEquals(List.of(scan1.id(), scan2.id(), old.id()), documents.failedIds(Stage.EXTRACTION, FailureReason.NEEDS_OCR, 10));
        assertEquals(List.of(slow.id()), documents.failedIds(Stage.ANALYSIS, FailureReason.TIMEOUT, 10));
        assertEquals(List.of(), documents.failedIds(Stage.ANALYSIS, FailureReason.ENCRYPTED, 10));
        assertEquals("The PDF is protected by a password.", documents.find(locked.id()).orElseThrow().failureMessage().orElseThrow());
        assertEquals(1, documents.countFinishedSince(Stage.EXTRACTION, at("2024-05-02T08:00:00Z")));
        assertEquals(0, documents.countFinishedSince(Stage.ANALYSIS, at("2024-05-02T08:00:00Z")));
    }

    @Test
    void aTextIsReplacedWholeAndItsLengthReadWithoutLoadingIt() {
        Document d = archive.uploaded("notes.txt", at("2024-05-02T08:00:00Z"));
        db.transaction(em -> documents.saveText(new DocumentText(d.id(), "First reading.")));
        db.transaction(em -> documents.saveText(new DocumentText(d.id(), "Second reading, with more text.")));
        db.clear();

        assertEquals(Optional.of("Second reading, with more text."), documents.text(d.id()));
        assertEquals(OptionalInt.of(31), documents.textLength(d.id()));
        assertEquals(Optional.empty(), documents.text(d.id() + 1000));
        assertEquals(OptionalInt.empty(), documents.textLength(d.id() + 1000));
    }

    @Test
    void sightingsAndHistoryComeInTheOrderTheyHappened() {
        Document d = archive.uploaded("notes.txt", at("2024-05-02T08:00:00Z"));
        db.transaction(em -> {
            documents.saveSighting(new Sighting(d.id(), "copy.txt", null, null, Channel.API, null, null, true, "omar",
                    at("2024-05-03T08:00:00Z")));
            documents.saveSighting(new Sighting(d.id(), "notes.txt", null, "AP", Channel.IMPORT, null, 77L, false, "maria",
                    at("2024-05-02T08:00:00Z")));
            documents.record(new HistoryEntry(d.id(), HistoryEntry.Step.SEEN_AGAIN, "omar", "as \"copy.txt\" by API",
                    at("2024-05-03T08:00:00Z")));
            documents.record(new HistoryEntry(d.id(), HistoryEntry.Step.RECEIVED, "maria", "as \"notes.txt\" by IMPORT",
                    at("2024-05-02T08:00:00Z")));
        });
        db.clear();

        assertEquals(List.of("notes.txt", "copy.txt"), documents.sightings(d.id()).stream().map(Sighting::filename).toList());
        assertEquals(Optional.of("notes.txt"), documents.sightingOfImportItem(77L).map(Sighting::filename));
        assertEquals(List.of(HistoryEntry.Step.RECEIVED, HistoryEntry.Step.SEEN_AGAIN),
                documents.history(d.id()).stream().map(HistoryEntry::step).toList());
        assertEquals(Set.of(d.id()), documents.existing(List.of(d.id(), d.id() + 1000)));
        assertEquals(Optional.of(d.id()), documents.findBySha256(d.sha256().toUpperCase()).map(Document::id));
    }
}
