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
 * client declared is only a hint: a PDF called {@code notes.txt} is a PDF.
 */
@ApplicationScoped
public class MediaTypeDetector {

    private static final String UNKNOWN = "application/octet-stream";
    private final Tika tika = new Tika();

    @Inject
    BlobStore blobs;

    public String detect(String sha256, String filename, String declared) {
        try (InputStream in = TikaInputStream.get(blobs.file(sha256))) {
            String detected = tika.detect(in, filename);
            if (UNKNOWN.equals(detected) && declared != null && !declared.isBlank()) {
                return declared.strip();
            }
            return detected;
        } catch (IOException e) {
            return declared == null || declared.isBlank() ? UNKNOWN : declared.strip();
        }
    }
}
