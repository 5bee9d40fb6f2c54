package io.storyline.ingestion.pipeline.internal;

import io.storyline.domain.document.FailureReason;
import io.storyline.domain.document.Filename;
import io.storyline.domain.document.HistoryEntry.Step;
import io.storyline.domain.document.MediaTypes;
import io.storyline.ingestion.archive.ZipArchiveReader;
import io.storyline.ingestion.blob.BlobStore;
import io.storyline.ingestion.dedup.MinHasher;
import io.storyline.ingestion.extraction.Extraction;
import io.storyline.ingestion.extraction.ExtractionFailedException;
import io.storyline.ingestion.extraction.Extractor;
import io.storyline.ingestion.intake.IntakeService;
import io.storyline.ingestion.intake.Origin;
import io.storyline.ingestion.intake.Upload;
import io.storyline.ingestion.intake.UploadRejectedException;
import io.storyline.platform.messaging.RetryBackoff;
import io.storyline.platform.messaging.WorkerIdentity;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Extracts one document: claims it, reads it within its time limit (in a thread of the server's managed
 * executor, so a file that hangs cannot hold the worker), and records the outcome. Failures the file causes are
 * permanent and end in FAILED with a reason; anything else is retried with back-off up to
 * {@code storyline.extraction.max-attempts} times. Archives are expanded: each file becomes a document.
 */
@Stateless
@LocalBean
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ExtractionService {

    private static final Logger LOG = Logger.getLogger(ExtractionService.class.getName());

    @EJB
    DocumentSteps steps;

    @EJB
    IntakeService intake;

    @Inject
    Extractor extractor;

    @Inject
    BlobStore blobs;

    @Inject
    PipelineSettings settings;

    @Resource
    ManagedExecutorService executor;

    public void process(long documentId) {
        Claim claim = steps.claim(documentId, WorkerIdentity.name()).orElse(null);
        if (claim == null) {
            return;
        }
        try {
            if (MediaTypes.isArchive(claim.mediaType())) {
                expand(claim);
            } else {
                Extraction extraction = extractWithin(claim, settings.patience());
                steps.complete(claim.id(), extraction, MinHasher.signature(extraction.text()));
            }
        } catch (ExtractionFailedException e) {
            steps.fail(claim.id(), e.reason(), e.getMessage());
        } catch (TimeoutException e) {
            steps.fail(claim.id(), FailureReason.TIMEOUT, "Reading \"" + claim.filename() + "\" took longer than "
                    + settings.timeout().toSeconds() + " s (storyline.extraction.timeout-seconds) and was stopped."
                    + " A very large or unusual file can do that; an archivist can retry it.");
        } catch (RuntimeException | IOException e) {
            passingFailure(claim, e);
        }
    }

    private Extraction extractWithin(Claim claim, Duration timeout) throws ExtractionFailedException, TimeoutException,
            IOException {
        Path file = blobs.file(claim.sha256());
        Future<Extraction> reading = executor.submit(() -> extractor.extract(file, claim.filename(), claim.mediaType(),
                claim.readAgainst()));
        try {
            return reading.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            reading.cancel(true);
            throw e;
        } catch (InterruptedException e) {
            reading.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading document " + claim.id(), e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof ExtractionFailedException failed) {
                throw failed;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }

    private void expand(Claim claim) throws ExtractionFailedException, IOException {
        if (claim.archiveDepth() >= settings.archiveLimits().maxDepth()) {
            throw new ExtractionFailedException(FailureReason.TOO_LARGE, "\"" + claim.filename() + "\" is an archive"
                    + " inside " + claim.archiveDepth() + " other archives; Storyline opens archives at most "
                    + settings.archiveLimits().maxDepth() + " deep (storyline.archive.max-depth).");
        }
        List<String> refused = new ArrayList<>();
        List<String> taken = ZipArchiveReader.read(blobs.file(claim.sha256()), claim.filename(),
                settings.archiveLimits(), (path, content) -> {
                    try {
                        intake.receive(new Upload(Filename.lastSegment(path), null, content, claim.publisher(),
                                claim.uploadDate(), claim.uploadedBy(),
                                Origin.insideArchive(claim.id(), claim.archiveDepth(), path)));
                    } catch (UploadRejectedException e) {
                        refused.add(path);
                        steps.note(claim.id(), Step.ARCHIVE_EXPANDED, "\"" + path + "\" not taken in: " + e.getMessage());
                    }
                });
        taken.removeAll(refused);
        steps.completeArchive(claim.id(), taken, refused.size());
    }

    private void passingFailure(Claim claim, Exception e) {
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.WARNING, "Extraction of document " + claim.id() + " failed (attempt " + claim.attempts()
                + ", incident " + incident + ")", e);
        if (claim.attempts() < settings.maxAttempts()) {
            Duration backoff = RetryBackoff.after(claim.attempts());
            steps.release(claim.id(), "attempt " + claim.attempts() + " failed (" + e.getClass().getSimpleName()
                    + ", incident " + incident + "); next try in " + backoff.toSeconds() + " s", backoff);
        } else {
            steps.fail(claim.id(), FailureReason.INTERNAL, "Extraction failed " + claim.attempts() + " times for"
                    + " reasons outside the file (the last one is in the server log as incident " + incident
                    + "). Retry it once the cause is fixed.");
        }
    }
}
