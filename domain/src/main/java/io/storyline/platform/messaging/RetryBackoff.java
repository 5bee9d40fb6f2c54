package io.storyline.platform.messaging;

import java.time.Duration;

/**
 * How long a pipeline worker waits before it tries a document again after a passing failure (a lost connection,
 * a full disk, a busy database): 10 s after the first failed attempt, doubling with each further one, and never
 * more than 10 min 40 s, so a cause that lasts a while is waited out without hammering it and a short one costs
 * little. Extraction and analysis wait by this one rule.
 */
public final class RetryBackoff {

    static final Duration FIRST = Duration.ofSeconds(10);
    private static final int MAX_DOUBLINGS = 6;

    private RetryBackoff() {
    }

    /** The wait after {@code failedAttempts} attempts (1 for the first) have failed. */
    public static Duration after(int failedAttempts) {
        if (failedAttempts < 1) {
            throw new IllegalArgumentException("a back-off follows a failed attempt; attempts: " + failedAttempts);
        }
        return FIRST.multipliedBy(1L << Math.min(MAX_DOUBLINGS, failedAttempts - 1));
    }
}
