package io.storyline.ingestion.archive;

import io.storyline.domain.document.FailureReason;

/** An archive that cannot be (wholly) read; the message says why and what was taken before. */
public class ArchiveRejectedException extends Exception {

    private static final long serialVersionUID = 1L;
    private final FailureReason reason;

    public ArchiveRejectedException(FailureReason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public ArchiveRejectedException(FailureReason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public FailureReason reason() {
        return reason;
    }
}
