package io.storyline.ingestion.blob;

/**
 * An original in the blob store.
 *
 * @param sha256         the hex SHA-256 of the bytes: the blob's key
 * @param size           how many bytes
 * @param alreadyPresent whether the same bytes were stored before this put
 */
public record StoredBlob(String sha256, long size, boolean alreadyPresent) {
}
