package io.storyline.ingestion.intake.internal;

import io.storyline.domain.document.Document;
import io.storyline.domain.document.DocumentRepository;
import io.storyline.ingestion.blob.BlobStore;
import io.storyline.ingestion.intake.IntakeReceipt;
import io.storyline.platform.config.StorageSpace;
import io.storyline.platform.messaging.PipelineQueues;
import io.storyline.testing.TestDatabase;
import jakarta.ejb.SessionContext;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Intake wired by hand as the container wires it: the registrar's REQUIRES_NEW methods run in a transaction of
 * their own on the test database, and its calls through its own business interface reach that transactional
 * registrar. The queues record what they were asked instead of sending messages.
 */
final class IntakeWiring {

    private final TestDatabase db;
    private final DocumentRepository documents;
    private final BlobStore blobs;
    private final Clock clock;
    private final List<Long> extractionRequests = new CopyOnWriteArrayList<>();
    private final DocumentRegistrar registrar;

    IntakeWiring(TestDatabase db, DocumentRepository documents, BlobStore blobs, Clock clock) {
        this.db = db;
        this.documents = documents;
        this.blobs = blobs;
        this.clock = clock;
        this.registrar = registrar();
    }

    IntakeServiceBean intake(long maxBytes) {
        IntakeServiceBean intake = new IntakeServiceBean();
        intake.blobs = blobs;
        intake.registrar = registrar;
        intake.mediaTypes = new MediaTypeDetector();
        intake.mediaTypes.blobs = blobs;
        intake.locks = new HashLocks();
        intake.maxBytes = maxBytes;
        intake.clock = clock;
        // The floor of a real data folder; the tests' temporary folder has far more than 1 MB free.
        intake.space = StorageSpace.of(Path.of(
                System.getProperty("java.io.tmpdir")), 1);
        return intake;
    }

    DocumentRegistrar registrar() {
        if (registrar != null) {
            return registrar;
        }
        DocumentRegistrar bean = new DocumentRegistrar() {
            @Override
            public Optional<IntakeReceipt> seenAgain(String sha256, Arrival arrival) {
                return db.inTransaction(em -> super.seenAgain(sha256, arrival));
            }

            @Override
            public IntakeReceipt insert(Document document, Arrival arrival) {
                return db.inTransaction(em -> super.insert(document, arrival));
            }
        };
        bean.documents = documents;
        bean.clock = clock;
        bean.queues = new PipelineQueues() {
            @Override
            public void requestExtraction(long documentId) {
                extractionRequests.add(documentId);
            }

            @Override
            public void requestExtraction(long documentId, Duration delay) {
                extractionRequests.add(documentId);
            }
        };
        bean.context = (SessionContext) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {SessionContext.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getBusinessObject")) {
                        return bean;
                    }
                    throw new UnsupportedOperationException(method.getName() + " outside the server");
                });
        return bean;
    }

    BlobStore blobs() {
        return blobs;
    }

    List<Long> extractionRequests() {
        return List.copyOf(extractionRequests);
    }
}
