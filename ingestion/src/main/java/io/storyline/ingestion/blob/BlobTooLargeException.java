package io.storyline.ingestion.blob;

/** The content was larger than the limit it was given; nothing was stored. */
public class BlobTooLargeException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final long limit;

    public BlobTooLargeException(long limit) {
        super("larger than the limit of " + limit + " bytes");
        this.limit = limit;
    }

    public long limit() {
        return limit;
    }
}
