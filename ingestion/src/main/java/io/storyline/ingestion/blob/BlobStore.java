package io.storyline.ingestion.blob;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/** Keeps originals byte for byte, each under the SHA-256 of its content. */
public interface BlobStore {

    /** The data folder's sub-folder that holds the originals: {@code <data dir>/blobs/ab/cd/abcd…}. */
    String FOLDER = "blobs";

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

    /**
     * The original as a file, for readers that need random access (PDF, ZIP). Read it, never change it. A store
     * that keeps blobs elsewhere than on this disk gives a temporary copy.
     */
    Path file(String sha256) throws IOException;
}
