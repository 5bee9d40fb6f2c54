package io.storyline.domain.document;

import java.time.Instant;
import java.util.Objects;

/**
 * How many documents are failed at one stage for one reason, and when the newest of them failed.
 *
 * @param stage  where they failed
 * @param reason why
 * @param count  how many are failed now
 * @param newest when the latest of them changed (failed)
 */
public record FailureCount(Stage stage, FailureReason reason, long count, Instant newest) {

    public FailureCount {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(reason, "reason");
    }
}
