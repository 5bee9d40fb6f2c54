package io.storyline.ingestion.blob;

import java.io.IOException;
import java.io.InputStream;

/** Keeps originals byte for byte, each under the SHA-256 of its content. */
public interface BlobStore {

    /**
     * Copies {@code content} into the store and returns once the bytes are on disk (synced). Storing bytes
     * that are already there changes nothing and says so.
     *
     * @param maxBytes the most bytes accepted; more ends in {@link BlobTooLargeException} and stores nothing
     */
    StoredBlob put(InputStream content, long maxBytes) throws IOException;

    /** Opens the original stored under {@code sha256}. */
    InputStream open(String sha256) throws IOException;

    boolean contains(String sha256);
}
