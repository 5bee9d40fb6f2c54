package io.storyline.ingestion.intake;

import jakarta.ejb.ApplicationException;

/**
 * An upload that could not be taken in: too large, unreadable, with metadata that makes no sense, or with no room
 * left in the data folder. The
 * message is written for the person who sent it. Nothing was stored.
 */
@ApplicationException
public class UploadRejectedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why, as a value clients can act on. */
    public enum Reason {
        TOO_LARGE,
        INVALID_METADATA,
        UNREADABLE,
        /** The data folder is (nearly) full: nothing new is taken in until space is freed. */
        STORAGE_FULL
    }

    private final Reason reason;

    public UploadRejectedException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public UploadRejectedException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
