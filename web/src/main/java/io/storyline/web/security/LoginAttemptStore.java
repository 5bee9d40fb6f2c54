package io.storyline.web.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * What {@link LoginThrottle} remembers: failures counted under keys (an account, an account at an address, a
 * device, an address's unknown names) and the addresses each account recently signed in from. The rules stay in
 * the throttle; a store only keeps values and changes each one atomically, so a cluster can share them with
 * another implementation (a replicated cache, a table) without touching the rules. {@link InMemoryLoginAttempts}
 * keeps them in this JVM.
 */
public interface LoginAttemptStore {

    /** The failures counted under {@code key}, if any. */
    Optional<Failures> failures(String key);

    /**
     * Replaces the failures under {@code key} by {@code change} applied to them (null when there are none), at
     * once for concurrent callers; a null result forgets the key. A store whose memory is full may leave a new key
     * untracked.
     */
    void update(String key, Instant now, UnaryOperator<Failures> change);

    void forget(String key);

    /** Until when {@code account} is known to sign in from {@code address}, if it is. */
    Optional<Instant> trustedUntil(String account, String address);

    /** {@code account} signed in from {@code address}: trust that address until {@code until}. */
    void trust(String account, String address, Instant until, Instant now);

    /**
     * Failed sign-ins under one key, as numbers only.
     *
     * @param count        failures in the current window
     * @param windowStart  when the window started (for accounts and devices: when the last failure's wait ended)
     * @param blockedUntil until when attempts are refused, or null
     * @param forgetAt     from when nothing of this is needed any more (the window is over and no wait is in force)
     */
    record Failures(int count, Instant windowStart, Instant blockedUntil, Instant forgetAt) {

        /** The wait in force at {@code now}; zero when there is none. */
        public Duration blockedFor(Instant now) {
            return blockedUntil == null || !now.isBefore(blockedUntil) ? Duration.ZERO
                    : Duration.between(now, blockedUntil);
        }

        /** Whether the window is over and no wait is in force. */
        public boolean expired(Instant now, Duration window) {
            return !now.isBefore(windowStart.plus(window)) && blockedFor(now).isZero();
        }
    }
}
