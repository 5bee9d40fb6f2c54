package io.storyline.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storyline.web.security.LoginThrottle.Attempt;
import io.storyline.web.security.LoginThrottle.Source;
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
    private final InMemoryLoginAttempts store = new InMemoryLoginAttempts();
    private final LoginThrottle throttle = new LoginThrottle(new LoginThrottle.Settings(5, 20,
            Duration.ofMinutes(15), Duration.ofSeconds(2), Duration.ofMinutes(15), Duration.ofDays(30)), clock, store);

    private static Attempt from(String user, String address) {
        return new Attempt(user, address, null);
    }

    private static Attempt withDevice(String user, String address, String device) {
        return new Attempt(user, address, device);
    }

    /** {@code times} failures of a real account, each allowed when it is made. */
    private void fail(Attempt attempt, int times) {
        for (int i = 0; i < times; i++) {
            assertTrue(throttle.refusal(attempt).isEmpty(), "attempt " + (i + 1) + " is allowed");
            throttle.failed(attempt, true);
        }
    }

    /** An attacker guessing for {@code user} from many addresses until the account waits for untrusted sources. */
    private void attackFromEverywhere(String user, int guesses) {
        for (int i = 0; i < guesses; i++) {
            Attempt guess = from(user, "198.51.100." + (i % 250));
            if (throttle.refusal(guess).isEmpty()) {
                throttle.failed(guess, true);
            }
        }
    }

    @Test
    void theFreeAttemptsAreFreeThenUntrustedSourcesOfThatAccountWait() {
        fail(from("anna", "10.0.0.1"), 4);
        assertTrue(throttle.refusal(from("anna", "10.0.0.1")).isEmpty(), "four failures cost nothing");
        throttle.failed(from("anna", "10.0.0.1"), true);
        assertEquals(Optional.of(Duration.ofSeconds(2)), throttle.refusal(from("anna", "10.0.0.1")));
        assertEquals(Optional.of(Duration.ofSeconds(2)), throttle.refusal(from("ANNA ", "10.9.9.9")),
                "untrusted sources share the account's wait, whatever the case of its name");
        assertTrue(throttle.refusal(from("bruno", "10.0.0.1")).isEmpty(), "another account from the same address may try");
    }

    @Test
    void theDelayDoublesWithEveryFurtherFailureUpToTheCap() {
        fail(from("anna", "10.0.0.1"), 5);
        long[] expected = {2, 4, 8, 16, 32, 64, 128, 256, 512, 900, 900};
        for (long seconds : expected) {
            Duration wait = throttle.refusal(from("anna", "10.0.0.1")).orElseThrow();
            assertEquals(Duration.ofSeconds(seconds), wait);
            clock.advance(Duration.ofMillis(1999));
            assertTrue(throttle.refusal(from("anna", "10.0.0.1")).isPresent(), "still waiting just before the end");
            clock.advance(wait.minusMillis(1999));
            assertTrue(throttle.refusal(from("anna", "10.0.0.1")).isEmpty(), "free to try once the wait is over");
            throttle.failed(from("anna", "10.0.0.1"), true);
        }
    }

    @Test
    void refusedAttemptsDoNotLengthenTheWait() {
        fail(from("anna", "10.0.0.1"), 5);
        for (int i = 0; i < 50; i++) {
            throttle.refusal(from("anna", "10.0.0.1"));
        }
        clock.advance(Duration.ofSeconds(1));
        assertEquals(Optional.of(Duration.ofSeconds(1)), throttle.refusal(from("anna", "10.0.0.1")));
    }

    @Test
    void anAttackerElsewhereNeverStopsTheOwnerAtAnAddressItSignedInFrom() {
        throttle.succeeded(from("admin", "10.0.0.1"));
        attackFromEverywhere("admin", 400);

        assertTrue(throttle.refusal(from("admin", "203.0.113.7")).isPresent(), "a new address waits: the guessing counts");
        assertEquals(Source.KNOWN_ADDRESS, throttle.source(from("admin", "10.0.0.1")));
        assertTrue(throttle.refusal(from("admin", "10.0.0.1")).isEmpty(), "the owner's address signs in at once");
        throttle.succeeded(from("admin", "10.0.0.1"));
        assertTrue(throttle.refusal(from("admin", "203.0.113.7")).isPresent(),
                "the owner's success hands the guesser no fresh attempts");
    }

    @Test
    void aDeviceCookieIsJudgedByItsOwnFailuresOnly() {
        attackFromEverywhere("admin", 400);
        Attempt laptop = withDevice("admin", "203.0.113.99", "laptop");
        assertEquals(Source.DEVICE, throttle.source(laptop));
        assertTrue(throttle.refusal(laptop).isEmpty(), "from a new address, the device signs in at once");

        fail(laptop, 5);
        assertEquals(Optional.of(Duration.ofSeconds(2)), throttle.refusal(laptop), "its own typos slow it down");
        assertTrue(throttle.refusal(withDevice("admin", "203.0.113.99", "phone")).isEmpty(), "another device goes on");
        clock.advance(Duration.ofSeconds(2));
        throttle.succeeded(laptop);
        fail(laptop, 4);
        assertTrue(throttle.refusal(laptop).isEmpty(), "a success started the device afresh");
    }

    @Test
    void aKnownAddressIsJudgedByItsOwnFailuresOnly() {
        throttle.succeeded(from("anna", "10.0.0.1"));
        throttle.succeeded(from("anna", "10.0.0.2"));
        fail(from("anna", "10.0.0.1"), 5);

        assertTrue(throttle.refusal(from("anna", "10.0.0.1")).isPresent(), "that address's failures slow it");
        assertTrue(throttle.refusal(from("anna", "10.0.0.2")).isEmpty(), "the other known address goes on");
        assertTrue(throttle.refusal(from("anna", "10.0.0.3")).isEmpty(),
                "failures at a known address are not the untrusted count");
    }

    @Test
    void oneUsersFailuresDoNotBlockAnotherBehindTheSameAddress() {
        for (int i = 0; i < 30; i++) {
            clock.advance(Duration.ofSeconds(1));
            if (throttle.refusal(from("anna", "10.1.2.3")).isEmpty()) {
                throttle.failed(from("anna", "10.1.2.3"), true);
            }
        }
        assertTrue(throttle.refusal(from("anna", "10.1.2.3")).isPresent(), "anna waits after her guesses");
        assertTrue(throttle.refusal(from("bruno", "10.1.2.3")).isEmpty(), "a colleague behind the same proxy signs in");
    }

    @Test
    void inventedNamesFromOneAddressAreSlowedButItsKnownAccountsGoOn() {
        throttle.succeeded(from("bruno", "10.1.2.3"));
        for (int i = 0; i < 20; i++) {
            Attempt guess = from("nobody" + i, "10.1.2.3");
            assertTrue(throttle.refusal(guess).isEmpty(), "invented name " + i + " is checked");
            throttle.failed(guess, false);
        }
        assertTrue(throttle.refusal(from("nobody99", "10.1.2.3")).isPresent(), "the address now waits for names");
        assertTrue(throttle.refusal(from("carol", "10.1.2.3")).isPresent(),
                "so does any account without history there: a 429 tells nobody which names exist");
        assertTrue(throttle.refusal(from("bruno", "10.1.2.3")).isEmpty(), "an account that signed in there goes on");
        assertTrue(throttle.refusal(from("carol", "10.9.9.9")).isEmpty(), "and from elsewhere, anyone");
    }

    @Test
    void failuresOfRealAccountsDoNotCountAsInventedNames() {
        for (int i = 0; i < 25; i++) {
            throttle.failed(from("user" + i, "10.1.2.3"), true);
        }
        assertTrue(throttle.refusal(from("carol", "10.1.2.3")).isEmpty());
    }

    @Test
    void trustEndsAfterItsPeriod() {
        throttle.succeeded(from("anna", "10.0.0.1"));
        clock.advance(Duration.ofDays(30).minusSeconds(1));
        assertEquals(Source.KNOWN_ADDRESS, throttle.source(from("anna", "10.0.0.1")));
        clock.advance(Duration.ofSeconds(1));
        assertEquals(Source.UNTRUSTED, throttle.source(from("anna", "10.0.0.1")));
        assertEquals(Source.UNTRUSTED, throttle.source(from("anna", null)), "no address, no trust");
    }

    @Test
    void anAccountsFailuresAreForgottenAfterAQuietWindow() {
        fail(from("anna", "10.0.0.1"), 3);
        clock.advance(Duration.ofMinutes(10));
        fail(from("anna", "10.0.0.2"), 1);
        clock.advance(Duration.ofMinutes(10));
        throttle.failed(from("anna", "10.0.0.3"), true);
        assertTrue(throttle.refusal(from("anna", "10.0.0.4")).isPresent(), "five failures, none 15 minutes after the last");
        clock.advance(Duration.ofMinutes(15));
        assertTrue(throttle.refusal(from("anna", "10.0.0.4")).isEmpty(), "the wait is long over");
        throttle.failed(from("anna", "10.0.0.4"), true);
        assertEquals(Optional.of(Duration.ofSeconds(4)), throttle.refusal(from("anna", "10.0.0.4")),
                "the quiet window starts when the wait ends, so the count went on");
        clock.advance(Duration.ofMinutes(15).plusSeconds(4));
        fail(from("anna", "10.0.0.1"), 4);
        assertTrue(throttle.refusal(from("anna", "10.0.0.1")).isEmpty(), "after a quiet window, four new free attempts");
    }

    @Test
    void anAddressCountsItsInventedNamesInAWindowFromItsFirst() {
        for (int i = 0; i < 19; i++) {
            throttle.failed(from("nobody" + i, "10.6.6.6"), false);
            clock.advance(Duration.ofSeconds(50));
        }
        assertTrue(throttle.refusal(from("someone", "10.6.6.6")).isEmpty());
        clock.advance(Duration.ofSeconds(50));
        throttle.failed(from("nobody19", "10.6.6.6"), false);
        assertTrue(throttle.refusal(from("someone", "10.6.6.6")).isEmpty(),
                "the window of the first failure was over: the count started again");
    }

    @Test
    void memoryIsBounded() {
        for (int i = 0; i < InMemoryLoginAttempts.MAX_KEYS + 500; i++) {
            throttle.failed(from("someone" + i, null), false);
        }
        assertTrue(store.trackedKeys() <= InMemoryLoginAttempts.MAX_KEYS);
        clock.advance(Duration.ofMinutes(16));
        throttle.failed(from("latecomer", null), false);
        assertTrue(store.trackedKeys() <= 1, "quiet keys were forgotten to make room: " + store.trackedKeys());
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
                Duration.ofSeconds(1), Duration.ofMinutes(1), Duration.ofDays(1)));
        assertThrows(IllegalArgumentException.class, () -> new LoginThrottle.Settings(5, 20, Duration.ofMinutes(1),
                Duration.ofSeconds(10), Duration.ofSeconds(1), Duration.ofDays(1)));
        assertThrows(IllegalArgumentException.class, () -> new LoginThrottle.Settings(5, 20, Duration.ofMinutes(1),
                Duration.ofSeconds(1), Duration.ofMinutes(1), Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> LoginThrottle.duration("trusted-for", "30 days"));
        assertEquals(Duration.ofDays(30), LoginThrottle.duration("trusted-for", "P30D"));
    }
}
