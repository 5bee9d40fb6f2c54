package io.storyline.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    /** A clock the test moves by hand. */
    static final class TestClock extends Clock {
        private Instant now = Instant.parse("2026-03-01T10:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final TestClock clock = new TestClock();
    private final LoginThrottle throttle = new LoginThrottle(new LoginThrottle.Settings(5, 20,
            Duration.ofMinutes(15), Duration.ofSeconds(2), Duration.ofMinutes(15)), clock);

    private void fail(String user, String address, int times) {
        for (int i = 0; i < times; i++) {
            assertTrue(throttle.refusal(user, address).isEmpty(), "attempt " + (i + 1) + " is allowed");
            throttle.failed(user, address);
        }
    }

    @Test
    void theFreeAttemptsAreFreeThenTheAccountWaits() {
        fail("anna", "10.0.0.1", 4);
        assertTrue(throttle.refusal("anna", "10.0.0.1").isEmpty(), "four failures cost nothing");
        throttle.failed("anna", "10.0.0.1");
        assertEquals(Optional.of(Duration.ofSeconds(2)), throttle.refusal("anna", "10.0.0.1"));
        assertEquals(Optional.of(Duration.ofSeconds(2)), throttle.refusal("ANNA ", "10.9.9.9"),
                "the account waits from any address, whatever the case of its name");
        assertTrue(throttle.refusal("bruno", "10.0.0.1").isEmpty(), "another account from the same address may try");
    }

    @Test
    void theDelayDoublesWithEveryFurtherFailureUpToTheCap() {
        fail("anna", "10.0.0.1", 5);
        long[] expected = {2, 4, 8, 16, 32, 64, 128, 256, 512, 900, 900};
        for (long seconds : expected) {
            Duration wait = throttle.refusal("anna", "10.0.0.1").orElseThrow();
            assertEquals(Duration.ofSeconds(seconds), wait);
            clock.advance(Duration.ofMillis(1999));
            assertTrue(throttle.refusal("anna", "10.0.0.1").isPresent(), "still waiting just before the end");
            clock.advance(wait.minusMillis(1999));
            assertTrue(throttle.refusal("anna", "10.0.0.1").isEmpty(), "free to try once the wait is over");
            throttle.failed("anna", "10.0.0.1");
        }
    }

    @Test
    void refusedAttemptsDoNotLengthenTheWait() {
        fail("anna", "10.0.0.1", 5);
        for (int i = 0; i < 50; i++) {
            throttle.refusal("anna", "10.0.0.1");
        }
        clock.advance(Duration.ofSeconds(1));
        assertEquals(Optional.of(Duration.ofSeconds(1)), throttle.refusal("anna", "10.0.0.1"));
    }

    @Test
    void aSuccessResetsTheAccountButNotTheAddress() {
        fail("anna", "10.0.0.1", 4);
        throttle.succeeded("anna");
        fail("anna", "10.0.0.1", 4);
        assertTrue(throttle.refusal("anna", "10.0.0.1").isEmpty(), "the count started again after the success");
    }

    @Test
    void anAddressTryingManyAccountsWaitsAfterItsOwnFreeAttempts() {
        for (int i = 0; i < 20; i++) {
            fail("user" + i, "10.6.6.6", 1);
            throttle.succeeded("somebody-else");
        }
        assertEquals(Optional.of(Duration.ofSeconds(2)), throttle.refusal("user99", "10.6.6.6"));
        assertTrue(throttle.refusal("user99", "10.0.0.2").isEmpty(), "that account from elsewhere may try");
    }

    @Test
    void anAccountsFailuresAreForgottenAfterAQuietWindow() {
        fail("anna", "10.0.0.1", 3);
        clock.advance(Duration.ofMinutes(10));
        fail("anna", "10.0.0.2", 1);
        clock.advance(Duration.ofMinutes(10));
        throttle.failed("anna", "10.0.0.3");
        assertTrue(throttle.refusal("anna", "10.0.0.4").isPresent(), "five failures, none 15 minutes after the last");
        clock.advance(Duration.ofMinutes(15));
        assertTrue(throttle.refusal("anna", "10.0.0.4").isEmpty(), "the wait is long over");
        throttle.failed("anna", "10.0.0.4");
        assertEquals(Optional.of(Duration.ofSeconds(4)), throttle.refusal("anna", "10.0.0.4"),
                "the quiet window starts when the wait ends, so the count went on");
        clock.advance(Duration.ofMinutes(15).plusSeconds(4));
        fail("anna", "10.0.0.1", 4);
        assertTrue(throttle.refusal("anna", "10.0.0.1").isEmpty(), "after a quiet window, four new free attempts");
    }

    @Test
    void anAddressCountsItsFailuresInAWindowFromItsFirst() {
        for (int i = 0; i < 19; i++) {
            throttle.failed("user" + i, "10.6.6.6");
            clock.advance(Duration.ofSeconds(50));
        }
        assertTrue(throttle.refusal("someone", "10.6.6.6").isEmpty());
        clock.advance(Duration.ofSeconds(50));
        throttle.failed("user19", "10.6.6.6");
        assertTrue(throttle.refusal("someone", "10.6.6.6").isEmpty(),
                "the window of the first failure was over: the count started again");
    }

    @Test
    void memoryIsBounded() {
        for (int i = 0; i < LoginThrottle.MAX_KEYS + 500; i++) {
            throttle.failed("someone" + i, null);
        }
        assertTrue(throttle.trackedKeys() <= LoginThrottle.MAX_KEYS);
        clock.advance(Duration.ofMinutes(16));
        throttle.failed("latecomer", null);
        assertTrue(throttle.trackedKeys() <= 1, "quiet keys were forgotten to make room: " + throttle.trackedKeys());
    }

    @Test
    void retryAfterIsInWholeSecondsRoundedUp() {
        assertEquals(1, LoginThrottle.seconds(Duration.ofMillis(1)));
        assertEquals(2, LoginThrottle.seconds(Duration.ofMillis(1001)));
        assertEquals(900, LoginThrottle.seconds(Duration.ofMinutes(15)));
    }

    @Test
    void nonsenseSettingsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new LoginThrottle.Settings(0, 20, Duration.ofMinutes(1),
                Duration.ofSeconds(1), Duration.ofMinutes(1)));
        assertThrows(IllegalArgumentException.class, () -> new LoginThrottle.Settings(5, 20, Duration.ofMinutes(1),
                Duration.ofSeconds(10), Duration.ofSeconds(1)));
    }

    @Test
    void theForwardedAddressIsBelievedOnlyFromATrustedProxy() {
        var proxies = ClientAddress.parse(" 10.0.0.254 , ::1");
        assertEquals("203.0.113.9", ClientAddress.resolve("10.0.0.254", "203.0.113.9", proxies));
        assertEquals("203.0.113.9", ClientAddress.resolve("10.0.0.254", "1.2.3.4, 203.0.113.9, ::1", proxies),
                "the last hop that is not one of ours; earlier ones could be forged");
        assertEquals("198.51.100.7", ClientAddress.resolve("198.51.100.7", "1.2.3.4", proxies),
                "anyone else's header is ignored");
        assertEquals("10.0.0.254", ClientAddress.resolve("10.0.0.254", "<script>", proxies));
        assertEquals("198.51.100.7", ClientAddress.resolve("198.51.100.7", "1.2.3.4", ClientAddress.parse("")));
    }
}
