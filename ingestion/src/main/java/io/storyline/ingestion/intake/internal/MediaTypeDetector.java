package io.storyline.ingestion.intake.internal;

import io.storyline.ingestion.blob.BlobStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import org.apache.tika.Tika;
import org.apache.tika.io.TikaInputStream;

/**
 * Tells what kind of file an original is from its bytes (magic numbers) and its name, with Tika. What the
 * client declared is not taken: a PDF called {@code notes.txt} is a PDF, and bytes Tika cannot identify are
 * {@code application/octet-stream} whatever the upload claimed (the original is served with the type recorded
 * here, so a claimed {@code text/html} must never come back as such).
 */
@ApplicationScoped
public class MediaTypeDetector {

    private static final String UNKNOWN = "application/octet-stream";
    private final Tika tika = new Tika();

    @Inject
    BlobStore blobs;

    public String detect(String sha256, String filename) {
        try (InputStream in = TikaInputStream.get(blobs.file(sha256))) {
            return tika.detect(in, filename);
        } catch (IOException e) {
            return UNKNOWN;
        }
    }
}
