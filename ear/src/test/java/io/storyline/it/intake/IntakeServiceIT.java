package io.storyline.it.intake;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storyline.domain.common.PageRequest;
import io.storyline.domain.document.Channel;
import io.storyline.domain.document.DateSource;
import io.storyline.domain.document.Document;
import io.storyline.domain.document.DocumentFilter;
import io.storyline.domain.document.DocumentStatus;
import io.storyline.ingestion.catalog.DocumentCatalog;
import io.storyline.ingestion.intake.IntakeReceipt;
import io.storyline.ingestion.intake.IntakeService;
import io.storyline.ingestion.intake.Origin;
import io.storyline.ingestion.intake.Upload;
import io.storyline.ingestion.intake.UploadRejectedException;
import io.storyline.it.support.Deployments;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Intake inside the server: the real blob store under the data folder and the real database. */
@ExtendWith(ArquillianExtension.class)
class IntakeServiceIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWith(IntakeServiceIT.class);
    }

    @EJB
    IntakeService intake;

    @EJB
    DocumentCatalog catalog;

    @Resource
    ManagedExecutorService executor;

    @Test
    void aTextFileIsStoredByteForByteAndRegisteredAsReceived() throws IOException {
        byte[] bytes = ("WASHINGTON, May 1 (Reuters) - Blinken met Netanyahu. " + UUID.randomUUID())
                .getBytes(StandardCharsets.UTF_8);

        IntakeReceipt receipt = intake.receive(new Upload("blinken.txt", "text/plain", new ByteArrayInputStream(bytes),
                "Reuters", "2024-05-01", "archivist", Origin.of(Channel.API)));

        assertFalse(receipt.duplicate());
        Document document = catalog.get(receipt.documentId());
        assertTrue(document.status() != DocumentStatus.FAILED, "on its way through the pipeline: " + document.status());
        assertEquals("blinken.txt", document.filename());
        assertEquals("text/plain", document.mediaType());
        assertEquals(bytes.length, document.size());
        assertEquals("archivist", document.uploadedBy());
        assertEquals("Reuters", document.description().publisher().orElseThrow());
        assertEquals(LocalDate.of(2024, 5, 1), document.publicationDate().orElseThrow().day());
        assertEquals(DateSource.UPLOAD, document.publicationDate().orElseThrow().source());
        try (InputStream original = catalog.openOriginal(receipt.documentId())) {
            assertArrayEquals(bytes, original.readAllBytes());
        }
    }

    @Test
    void theSameBytesAgainAreRecognisedAndMakeNoSecondDocument() {
        byte[] bytes = ("Wire copy " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
        IntakeReceipt first = intake.receive(upload("wire.txt", bytes));

        IntakeReceipt again = intake.receive(upload("same-story-elsewhere.txt", bytes));

        assertTrue(again.duplicate());
        assertEquals(first.documentId(), again.duplicateOf());
        assertEquals("same-story-elsewhere.txt", again.filename());
        assertEquals(List.of(false, true), catalog.sightings(first.documentId()).stream().map(s -> s.duplicate()).toList(),
                "the second name is kept as another sighting");
        assertEquals(1, catalog.list(DocumentFilter.any().withText("wire.txt"), new PageRequest(0, 10)).items().stream()
                .filter(d -> d.sha256().equals(first.sha256())).count());
    }

    @Test
    void eightUploadsOfOneFileAtOnceMakeOneDocument() throws Exception {
        // Large enough for the eight writes to overlap; bytes no reader takes for text, so that the document fails
        // extraction at once instead of keeping an analysis worker busy with 860 KB of one sentence.
        byte[] bytes = new byte[860_000];
        new Random(UUID.randomUUID().getMostSignificantBits()).nextBytes(bytes);
        List<Callable<IntakeReceipt>> uploads = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String name = "raced-" + i + ".bin";
            uploads.add(() -> intake.receive(upload(name, bytes)));
        }

        List<Long> ids = new ArrayList<>();
        for (Future<IntakeReceipt> receipt : executor.invokeAll(uploads)) {
            ids.add(receipt.get().documentId());
        }

        assertEquals(1, ids.stream().distinct().count(), "every upload points at the same document: " + ids);
    }

    @Test
    void aFileOverTheLimitIsRefusedWithTheLimitInTheMessage() {
        byte[] tooLarge = new byte[(int) intake.maxUploadBytes() + 1];

        UploadRejectedException e = assertThrows(UploadRejectedException.class,
                () -> intake.receive(upload("huge.txt", tooLarge)));

        assertEquals(UploadRejectedException.Reason.TOO_LARGE, e.reason());
        assertTrue(e.getMessage().contains("huge.txt") && e.getMessage().contains("MiB"), e.getMessage());
    }

    @Test
    void aMalformedPublicationDateIsRefusedBeforeAnythingIsStored() {
        UploadRejectedException e = assertThrows(UploadRejectedException.class, () -> intake.receive(
                new Upload("x.txt", null, new ByteArrayInputStream(new byte[] {1}), null, "1st of May", "archivist", Origin.of(Channel.API))));

        assertEquals(UploadRejectedException.Reason.INVALID_METADATA, e.reason());
        assertTrue(e.getMessage().contains("1st of May"), e.getMessage());
    }

    @Test
    void traversalFilenamesAreKeptAsDataAndNeverUsedAsPaths() throws IOException {
        byte[] bytes = ("Hostile name " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);

        IntakeReceipt receipt = intake.receive(upload("../../etc/passwd", bytes));

        assertEquals("passwd", catalog.get(receipt.documentId()).filename(), "only the last segment is a name");
        try (InputStream original = catalog.openOriginal(receipt.documentId())) {
            assertArrayEquals(bytes, original.readAllBytes());
        }
    }

    private static Upload upload(String name, byte[] bytes) {
        return new Upload(name, "text/plain", new ByteArrayInputStream(bytes), null, null, "archivist", Origin.of(Channel.API));
    }
}
