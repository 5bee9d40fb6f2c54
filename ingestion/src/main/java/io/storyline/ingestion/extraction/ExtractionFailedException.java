package io.storyline.ingestion.extraction;

import io.storyline.domain.document.FailureReason;
import java.util.Objects;

/**
 * A file that cannot be extracted, for a reason from the closed set and with a message a person can act on
 * ("This PDF is password-protected ..."). Permanent: trying again gives the same result.
 */
public class ExtractionFailedException extends Exception {

    private static final long serialVersionUID = 1L;
    private final FailureReason reason;

    public ExtractionFailedException(FailureReason reason, String message) {
        super(message);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public ExtractionFailedException(FailureReason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public FailureReason reason() {
        return reason;
    }
}
