package io.storyline.ingestion.intake.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.storyline.domain.document.Channel;
import io.storyline.domain.document.DateSource;
import io.storyline.domain.document.Document;
import io.storyline.domain.document.DocumentFilter;
import io.storyline.domain.document.DocumentStatus;
import io.storyline.domain.document.HistoryEntry;
import io.storyline.domain.document.Sighting;
import io.storyline.domain.document.jpa.JpaDocumentRepository;
import io.storyline.ingestion.blob.internal.FileSystemBlobStore;
import io.storyline.ingestion.intake.IntakeReceipt;
import io.storyline.ingestion.intake.Origin;
import io.storyline.ingestion.intake.Upload;
import io.storyline.ingestion.intake.UploadRejectedException;
import io.storyline.platform.config.StorageSpace;
import io.storyline.testing.TestDatabase;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Intake outside the server: the real blob store in a folder, media type detection, the registrar and the document
 * repository on the migrated test database, wired by hand; only the wake-up messages are recorded instead of sent.
 * The server-only cases (uploads racing on several threads) stay in IntakeServiceIT.
 */
class IntakeServiceTest {

    private static final Instant NOW = Instant.parse("2024-05-02T08:00:00Z");

    @TempDir
    Path blobFolder;

    private TestDatabase db;
    private JpaDocumentRepository documents;
    private IntakeWiring wiring;
    private IntakeServiceBean intake;

    @BeforeEach
    void wire() throws IOException {
        db = TestDatabase.migrated();
        documents = db.inject(new JpaDocumentRepository());
        wiring = new IntakeWiring(db, documents, new FileSystemBlobStore(blobFolder), Clock.fixed(NOW, ZoneOffset.UTC));
        intake = wiring.intake(2 * 1024 * 1024);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aTextFileIsStoredByteForByteAndRegisteredAsReceivedWithWhatTheUploaderSaid() throws IOException {
        byte[] bytes = "WASHINGTON, May 1 (Reuters) - Blinken met Netanyahu.".getBytes(StandardCharsets.UTF_8);

        IntakeReceipt receipt = intake.receive(new Upload("blinken.txt", "text/html", new ByteArrayInputStream(bytes),
                "Reuters", "2024-05-01", "archivist", Origin.of(Channel.API)));

        assertFalse(receipt.duplicate());
        assertEquals(DocumentStatus.RECEIVED, receipt.status());
        db.clear();
        Document document = documents.findWhole(receipt.documentId()).orElseThrow();
        assertEquals("blinken.txt", document.filename());
        assertEquals("text/plain", document.mediaType(), "the type is read from the bytes, not taken from the client");
        assertEquals(bytes.length, document.size());
        assertEquals("archivist", document.uploadedBy());
        assertEquals(NOW, document.uploadedAt());
        assertEquals("Reuters", document.description().publisher().orElseThrow());
        assertEquals(LocalDate.of(2024, 5, 1), document.publicationDate().orElseThrow().day());
        assertEquals(DateSource.UPLOAD, document.publicationDate().orElseThrow().source());
        try (InputStream original = wiring.blobs().open(receipt.sha256())) {
            assertArrayEquals(bytes, original.readAllBytes());
        }
        assertEquals(List.of(HistoryEntry.Step.RECEIVED), steps(receipt.documentId()));
        assertEquals(List.of(receipt.documentId()), wiring.extractionRequests(), "the extraction workers are woken");
    }

    @Test
    void theSameBytesAgainMakeNoSecondDocumentButAnotherSighting() {
        byte[] bytes = "Wire copy about the talks.".getBytes(StandardCharsets.UTF_8);
        IntakeReceipt first = intake.receive(upload("wire.txt", bytes, Origin.of(Channel.PAGE)));

        IntakeReceipt again = intake.receive(upload("same-story-elsewhere.txt", bytes, Origin.of(Channel.API)));

        assertTrue(again.duplicate());
        assertEquals(first.documentId(), again.duplicateOf());
        assertEquals("same-story-elsewhere.txt", again.filename());
        assertEquals(1, documents.count(DocumentFilter.any()));
        List<Sighting> sightings = documents.sightings(first.documentId());
        assertEquals(List.of("wire.txt", "same-story-elsewhere.txt"), sightings.stream().map(Sighting::filename).toList());
        assertEquals(List.of(false, true), sightings.stream().map(Sighting::duplicate).toList());
        assertEquals(List.of(Channel.PAGE, Channel.API), sightings.stream().map(Sighting::channel).toList());
        assertEquals(List.of(HistoryEntry.Step.RECEIVED, HistoryEntry.Step.SEEN_AGAIN), steps(first.documentId()));
        assertEquals(List.of(first.documentId()), wiring.extractionRequests(), "a duplicate is not extracted again");
    }

    @Test
    void aRegistrationThatLosesTheRaceOnTheHashIsAnsweredWithTheWinnersDocument() {
        byte[] bytes = "Raced bytes.".getBytes(StandardCharsets.UTF_8);
        IntakeReceipt winner = intake.receive(upload("winner.txt", bytes, Origin.of(Channel.API)));
        // Another node's upload of the same bytes got past seenAgain before the winner committed.
        Document loser = Document.received(winner.sha256(), "loser.txt", "text/plain", bytes.length, "omar", NOW);

        IntakeReceipt receipt = wiring.registrar().register(loser, new DocumentRegistrar.Arrival("loser.txt", null,
                Origin.of(Channel.API), "omar"));

        assertTrue(receipt.duplicate());
        assertEquals(winner.documentId(), receipt.duplicateOf());
        assertEquals(1, documents.count(DocumentFilter.any()));
        assertEquals(List.of("winner.txt", "loser.txt"), documents.sightings(winner.documentId()).stream()
                .map(Sighting::filename).toList());
    }

    @Test
    void aFileFoundInsideAnArchiveRemembersTheArchive() {
        IntakeReceipt bundle = intake.receive(upload("pack.txt", "the pack".getBytes(StandardCharsets.UTF_8),
                Origin.of(Channel.PAGE)));

        IntakeReceipt inner = intake.receive(upload("statement.txt", "A statement.".getBytes(StandardCharsets.UTF_8),
                Origin.insideArchive(bundle.documentId(), 0, "press/statement.txt")));

        db.clear();
        Document document = documents.find(inner.documentId()).orElseThrow();
        assertEquals(bundle.documentId(), document.parentId().orElseThrow());
        assertEquals(1, document.archiveDepth());
        Sighting sighting = documents.sightings(inner.documentId()).get(0);
        assertEquals(Channel.ARCHIVE, sighting.channel());
        assertEquals("press/statement.txt", sighting.path().orElseThrow());
    }

    @Test
    void aFileOverTheLimitIsRefusedWithTheLimitInTheMessageAndLeavesNothing() throws IOException {
        byte[] tooLarge = new byte[2 * 1024 * 1024 + 1];

        UploadRejectedException e = assertThrows(UploadRejectedException.class,
                () -> intake.receive(upload("huge.txt", tooLarge, Origin.of(Channel.API))));

        assertEquals(UploadRejectedException.Reason.TOO_LARGE, e.reason());
        assertEquals("\"huge.txt\" is larger than the 2 MiB this archive accepts (storyline.upload.max-bytes).",
                e.getMessage());
        assertEquals(0, documents.count(DocumentFilter.any()));
        assertEquals(0, storedBlobs());
    }

    @Test
    void belowTheFreeSpaceFloorAnUploadIsRefusedAsStorageFullAndLeavesNothing() throws IOException {
        intake.space = StorageSpace.of(blobFolder, Long.MAX_VALUE >> 21);

        UploadRejectedException e = assertThrows(UploadRejectedException.class, () -> intake.receive(
                upload("late.txt", "A dispatch for a full disk.".getBytes(StandardCharsets.UTF_8), Origin.of(Channel.API))));

        assertEquals(UploadRejectedException.Reason.STORAGE_FULL, e.reason());
        assertTrue(e.getMessage().matches("\"late.txt\" was not stored: the data folder has \\d+ MB free, below the \\d+"
                + " MB kept free \\(storyline.storage.min-free-mb\\)\\. An admin must free space or add storage;"
                + " nothing was kept of this upload\\."), e.getMessage());
        assertEquals(0, documents.count(DocumentFilter.any()));
        assertEquals(0, storedBlobs());
    }

    @Test
    void aMalformedPublicationDateIsRefusedBeforeAnythingIsStored() throws IOException {
        UploadRejectedException e = assertThrows(UploadRejectedException.class, () -> intake.receive(new Upload("x.txt",
                null, new ByteArrayInputStream(new byte[] {1}), null, "1st of May", "archivist", Origin.of(Channel.API))));

        assertEquals(UploadRejectedException.Reason.INVALID_METADATA, e.reason());
        assertTrue(e.getMessage().contains("\"1st of May\" is not a date like 2024-05-01"), e.getMessage());
        assertEquals(0, documents.count(DocumentFilter.any()));
        assertEquals(0, storedBlobs());
    }

    @Test
    void traversalFilenamesAreKeptAsDataAndNeverUsedAsPaths() throws IOException {
        byte[] bytes = "Hostile name".getBytes(StandardCharsets.UTF_8);

        IntakeReceipt receipt = intake.receive(upload("../../etc/passwd", bytes, Origin.of(Channel.API)));

        assertEquals("passwd", documents.find(receipt.documentId()).orElseThrow().filename(), "only the last segment");
        assertEquals(1, storedBlobs(), "the bytes are stored under their hash in the blob folder, nowhere else");
        try (InputStream original = wiring.blobs().open(receipt.sha256())) {
            assertArrayEquals(bytes, original.readAllBytes());
        }
    }

    private List<HistoryEntry.Step> steps(long documentId) {
        return documents.history(documentId).stream().map(HistoryEntry::step).toList();
    }

    private long storedBlobs() throws IOException {
        try (Stream<Path> files = Files.walk(blobFolder)) {
            return files.filter(Files::isRegularFile).filter(f -> f.getFileName().toString().matches("[0-9a-f]{64}"))
                    .count();
        }
    }

    private static Upload upload(String name, byte[] bytes, Origin origin) {
        return new Upload(name, "text/plain", new ByteArrayInputStream(bytes), null, null, "archivist", origin);
    }
}
