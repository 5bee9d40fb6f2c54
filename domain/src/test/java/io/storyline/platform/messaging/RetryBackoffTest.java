package io.storyline.platform.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryBackoffTest {

    @Test
    void theWaitDoublesWithEachFailedAttempt() {
        assertEquals(Duration.ofSeconds(10), RetryBackoff.after(1));
        assertEquals(Duration.ofSeconds(20), RetryBackoff.after(2));
        assertEquals(Duration.ofSeconds(40), RetryBackoff.after(3));
        assertEquals(Duration.ofSeconds(320), RetryBackoff.after(6));
    }

    @Test
    void theWaitStopsGrowingAtTenMinutesFortySeconds() {
        assertEquals(Duration.ofSeconds(640), RetryBackoff.after(7));
        assertEquals(Duration.ofSeconds(640), RetryBackoff.after(8));
        assertEquals(Duration.ofSeconds(640), RetryBackoff.after(1000), "no overflow for a document tried very often");
    }

    @Test
    void thereIsNoWaitBeforeAnyAttemptFailed() {
        assertThrows(IllegalArgumentException.class, () -> RetryBackoff.after(0));
    }
}
