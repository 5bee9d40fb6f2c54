package io.storyline.ingestion.intake.internal;

import io.storyline.domain.document.DateSource;
import io.storyline.domain.document.Document;
import io.storyline.domain.document.Filename;
import io.storyline.domain.document.PublicationDate;
import io.storyline.ingestion.blob.BlobStore;
import io.storyline.ingestion.blob.BlobTooLargeException;
import io.storyline.ingestion.blob.StoredBlob;
import io.storyline.ingestion.intake.IntakeReceipt;
import io.storyline.ingestion.intake.IntakeService;
import io.storyline.ingestion.intake.Origin;
import io.storyline.ingestion.intake.Upload;
import io.storyline.ingestion.intake.UploadRejectedException;
import io.storyline.ingestion.intake.UploadRejectedException.Reason;
import io.storyline.platform.config.StorageSpace;
import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Intake in two steps, in this order: the bytes go to the blob store (durable, outside any transaction), then
 * the document row is registered in its own transaction. Uploads of the same bytes queue for registration on
 * this node; between nodes the unique hash decides, and the loser is answered with the winner's document.
 */
@Stateless
@Local(IntakeService.class)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class IntakeServiceBean implements IntakeService {

    public static final String MAX_BYTES_KEY = "storyline.upload.max-bytes";
    private static final Logger LOG = Logger.getLogger(IntakeServiceBean.class.getName());

    @Inject
    BlobStore blobs;

    @EJB
    DocumentRegistrar registrar;

    @Inject
    MediaTypeDetector mediaTypes;

    @Inject
    HashLocks locks;

    @Inject
    @ConfigProperty(name = MAX_BYTES_KEY, defaultValue = "209715200")
    long maxBytes;

    @Inject
    Clock clock;

    @Inject
    StorageSpace space;

    @Override
    public IntakeReceipt receive(Upload upload) {
        String filename = Filename.clean(upload.filename() == null ? null : Filename.lastSegment(upload.filename()));
        PublicationDate published = parsePublished(upload.publishedAt());
        StoredBlob blob = store(upload, filename);
        Origin origin = upload.origin();
        DocumentRegistrar.Arrival arrival = new DocumentRegistrar.Arrival(filename, upload.publisher(), origin,
                upload.uploadedBy());

        IntakeReceipt receipt = locks.withLock(blob.sha256(), () -> registrar.seenAgain(blob.sha256(), arrival)
                .orElseGet(() -> {
                    Instant now = clock.instant();
                    String mediaType = mediaTypes.detect(blob.sha256(), filename);
                    Document document = Document.received(blob.sha256(), filename, mediaType, blob.size(),
                            upload.uploadedBy(), now);
                    document.describeAtUpload(upload.publisher(), published, now);
                    if (origin.containerId() != null) {
                        document.foundInside(origin.containerId(), origin.containerDepth());
                    }
                    return registrar.register(document, arrival);
                }));
        LOG.fine(() -> "Intake of \"" + filename + "\" by " + upload.uploadedBy() + ": document "
                + receipt.documentId() + (receipt.duplicate() ? " (duplicate)" : " (new)"));
        return receipt;
    }

    @Override
    public long maxUploadBytes() {
        return maxBytes;
    }

    private StoredBlob store(Upload upload, String filename) {
        StorageSpace.Room room = space.room();
        if (!room.enough()) {
            throw storageFull(filename, room.shortage(), null);
        }
        try {
            return blobs.put(upload.content(), maxBytes);
        } catch (BlobTooLargeException e) {
            throw new UploadRejectedException(Reason.TOO_LARGE, "\"" + filename + "\" is larger than the "
                    + humanBytes(maxBytes) + " this archive accepts (" + MAX_BYTES_KEY + ").", e);
        } catch (IOException e) {
            if (StorageSpace.isNoSpace(e)) {
                // The blob store removed its partial file; the disk filled up under us.
                throw storageFull(filename, "the data folder's disk is full", e);
            }
            throw new UploadRejectedException(Reason.UNREADABLE, "\"" + filename
                    + "\" could not be read completely; the upload may have been interrupted. Please send it again.", e);
        }
    }

    private static UploadRejectedException storageFull(String filename, String why, Throwable cause) {
        LOG.warning(() -> "Upload of \"" + filename + "\" refused: " + why);
        return new UploadRejectedException(Reason.STORAGE_FULL, "\"" + filename + "\" was not stored: " + why
                + ". An admin must free space or add storage; nothing was kept of this upload.", cause);
    }

    private static PublicationDate parsePublished(String publishedAt) {
        if (publishedAt == null || publishedAt.isBlank()) {
            return null;
        }
        try {
            return PublicationDate.parse(publishedAt, DateSource.UPLOAD);
        } catch (IllegalArgumentException e) {
            throw new UploadRejectedException(Reason.INVALID_METADATA, "The publication date " + e.getMessage() + ".", e);
        }
    }

    static String humanBytes(long bytes) {
        if (bytes >= 1 << 30) {
            return String.format(Locale.ROOT, "%.1f GiB", bytes / (double) (1 << 30));
        }
        if (bytes >= 1 << 20) {
            return String.format(Locale.ROOT, "%.0f MiB", bytes / (double) (1 << 20));
        }
        return bytes + " bytes";
    }
}
