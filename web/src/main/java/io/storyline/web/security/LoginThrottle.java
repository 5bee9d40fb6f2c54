package io.storyline.web.security;

import io.storyline.web.security.LoginAttemptStore.Failures;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Slows down password guessing without letting anyone lock a user out (OWASP, "Slow down online guessing attacks
 * with device cookies"). Each sign-in attempt comes from one of three kinds of source, and is judged by its own
 * failures only:
 * <ul>
 * <li>a <b>device</b>: the browser showed a valid device cookie for this account ({@link DeviceCookies}, given at
 *     every successful sign-in on the login page). Only the failures made with that cookie count.</li>
 * <li>a <b>known address</b>: the account signed in successfully from this address within the trust period (how
 *     API clients, which keep no cookies, are recognised). Only the account's failures from that address count.</li>
 * <li>anything else is <b>untrusted</b>, and all untrusted sources share the account's count (so guessing from
 *     many addresses is slowed as one), plus the account's count at that address, plus the address's count of
 *     names that are no account (so one address cannot try names without end; its known accounts go on).</li>
 * </ul>
 * After the free failures in the window, attempts from that source are refused, without the password being
 * checked, until a wait has passed that doubles with each further failure (up to a cap). Refused attempts are
 * not failures. Counts of accounts and devices are forgotten once quiet for a whole window after the last wait
 * (patient guessing keeps meeting the longest wait); an address's count of unknown names runs in a window from
 * its first failure. A success clears the count of the source it came from, never the untrusted count, so an
 * owner signing in at home does not hand the guesser fresh attempts. What is counted is kept in a
 * {@link LoginAttemptStore}, in bounded memory.
 */
@ApplicationScoped
public class LoginThrottle {

    private static final int MAX_KEY_LENGTH = 100;

    @Inject
    Clock clock;

    @Inject
    LoginAttemptStore store;

    @Inject
    @ConfigProperty(name = "storyline.security.login.free-attempts", defaultValue = "5")
    int freePerAccount;

    @Inject
    @ConfigProperty(name = "storyline.security.login.free-attempts-per-address", defaultValue = "20")
    int freePerAddress;

    @Inject
    @ConfigProperty(name = "storyline.security.login.window", defaultValue = "PT15M")
    String windowValue;

    @Inject
    @ConfigProperty(name = "storyline.security.login.first-delay", defaultValue = "PT2S")
    String firstDelayValue;

    @Inject
    @ConfigProperty(name = "storyline.security.login.max-delay", defaultValue = "PT15M")
    String maxDelayValue;

    @Inject
    @ConfigProperty(name = "storyline.security.login.trusted-for", defaultValue = "P30D")
    String trustedForValue;

    private Settings settings;

    /**
     * @param freePerAccount failures a source may have for an account within the window before it waits
     * @param freePerAddress failures with names that are no account an address may have before it waits
     * @param window         how long failures are remembered
     * @param firstDelay     the wait after the last free failure; each further failure doubles it
     * @param maxDelay       the longest wait
     * @param trustedFor     how long a device cookie, and an address an account signed in from, are trusted
     */
    public record Settings(int freePerAccount, int freePerAddress, Duration window, Duration firstDelay,
                           Duration maxDelay, Duration trustedFor) {

        public Settings {
            if (freePerAccount < 1 || freePerAddress < 1) {
                throw new IllegalArgumentException("storyline.security.login.free-attempts(-per-address) must be 1 or more");
            }
            if (window.isNegative() || window.isZero() || firstDelay.isNegative() || firstDelay.isZero()
                    || maxDelay.compareTo(firstDelay) < 0 || trustedFor.isNegative() || trustedFor.isZero()) {
                throw new IllegalArgumentException("storyline.security.login.window, first-delay and trusted-for must"
                        + " be positive, and max-delay at least first-delay");
            }
        }
    }

    /** Where an attempt comes from, as far as the throttle is concerned. */
    public enum Source { DEVICE, KNOWN_ADDRESS, UNTRUSTED }

    /**
     * One sign-in attempt.
     *
     * @param username the name given
     * @param address  the client's address, or null when unknown
     * @param device   the id of the device cookie shown for this very name and verified, or null
     */
    public record Attempt(String username, String address, String device) {
    }

    protected LoginThrottle() {
        // for CDI; settings come from configuration
    }

    LoginThrottle(Settings settings, Clock clock, LoginAttemptStore store) {
        this.settings = settings;
        this.clock = clock;
        this.store = store;
    }

    @PostConstruct
    void configure() {
        settings = new Settings(freePerAccount, freePerAddress, duration("window", windowValue),
                duration("first-delay", firstDelayValue), duration("max-delay", maxDelayValue),
                duration("trusted-for", trustedForValue));
    }

    static Duration duration(String key, String value) {
        try {
            return Duration.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("storyline.security.login." + key
                    + " is an ISO-8601 duration like PT15M, PT2S or P30D, not \"" + value + "\"", e);
        }
    }

    public Settings settings() {
        return settings;
    }

    public Source source(Attempt attempt) {
        if (attempt.device() != null) {
            return Source.DEVICE;
        }
        String account = account(attempt.username());
        String address = clip(attempt.address());
        if (account != null && address != null) {
            Optional<Instant> until = store.trustedUntil(account, address);
            if (until.isPresent() && clock.instant().isBefore(until.get())) {
                return Source.KNOWN_ADDRESS;
            }
        }
        return Source.UNTRUSTED;
    }

    /** How long this attempt's source must wait before trying again; empty when it may try now. */
    public Optional<Duration> refusal(Attempt attempt) {
        Instant now = clock.instant();
        Duration wait = Duration.ZERO;
        for (String key : keysJudging(attempt, source(attempt))) {
            Duration left = key == null ? Duration.ZERO
                    : store.failures(key).map(f -> f.blockedFor(now)).orElse(Duration.ZERO);
            wait = left.compareTo(wait) > 0 ? left : wait;
        }
        return wait.isZero() ? Optional.empty() : Optional.of(wait);
    }

    /**
     * A wrong password (or an unknown or disabled account).
     *
     * @param knownAccount whether the name is an account of the archive (only names that are not count against
     *                     the address)
     */
    public void failed(Attempt attempt, boolean knownAccount) {
        Instant now = clock.instant();
        switch (source(attempt)) {
            case DEVICE -> fail(deviceKey(attempt), settings.freePerAccount(), true, now);
            case KNOWN_ADDRESS -> fail(pairKey(attempt), settings.freePerAccount(), true, now);
            case UNTRUSTED -> {
                fail(accountKey(attempt), settings.freePerAccount(), true, now);
                fail(pairKey(attempt), settings.freePerAccount(), true, now);
                if (!knownAccount) {
                    fail(unknownNamesKey(attempt), settings.freePerAddress(), false, now);
                }
            }
        }
    }

    /** The right password: this source starts afresh, and the address is trusted for this account from now on. */
    public void succeeded(Attempt attempt) {
        Instant now = clock.instant();
        forget(pairKey(attempt));
        forget(deviceKey(attempt));
        String account = account(attempt.username());
        String address = clip(attempt.address());
        if (account != null && address != null) {
            store.trust(account, address, now.plus(settings.trustedFor()), now);
        }
    }

    /** Seconds to wait, rounded up, at least 1: what Retry-After and the login page say. */
    public static long seconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }

    private String[] keysJudging(Attempt attempt, Source source) {
        return switch (source) {
            case DEVICE -> new String[] {deviceKey(attempt)};
            case KNOWN_ADDRESS -> new String[] {pairKey(attempt)};
            case UNTRUSTED -> new String[] {accountKey(attempt), pairKey(attempt), unknownNamesKey(attempt)};
        };
    }

    private void fail(String key, int free, boolean fromLastFailure, Instant now) {
        if (key != null) {
            store.update(key, now, current -> next(current, now, free, fromLastFailure, settings));
        }
    }

    private void forget(String key) {
        if (key != null) {
            store.forget(key);
        }
    }

    /** The failures after one more at {@code now}. */
    static Failures next(Failures current, Instant now, int free, boolean fromLastFailure, Settings settings) {
        int count = 1;
        Instant windowStart = now;
        if (current != null && !current.expired(now, settings.window())) {
            count = current.count() + 1;
            windowStart = current.windowStart();
        }
        Instant blockedUntil = null;
        if (count >= free) {
            Duration delay = settings.firstDelay().multipliedBy(1L << Math.min(count - free, 30));
            blockedUntil = now.plus(delay.compareTo(settings.maxDelay()) > 0 ? settings.maxDelay() : delay);
        }
        if (fromLastFailure) {
            // the quiet window starts when this failure's wait is over
            windowStart = blockedUntil == null ? now : blockedUntil;
        }
        Instant windowEnd = windowStart.plus(settings.window());
        Instant forgetAt = blockedUntil != null && blockedUntil.isAfter(windowEnd) ? blockedUntil : windowEnd;
        return new Failures(count, windowStart, blockedUntil, forgetAt);
    }

    private static String accountKey(Attempt attempt) {
        String account = account(attempt.username());
        return account == null ? null : "account:" + account;
    }

    private static String pairKey(Attempt attempt) {
        String account = account(attempt.username());
        String address = clip(attempt.address());
        return account == null || address == null ? null : "account-at:" + account + " " + address;
    }

    private static String deviceKey(Attempt attempt) {
        String device = clip(attempt.device());
        return device == null ? null : "device:" + device;
    }

    private static String unknownNamesKey(Attempt attempt) {
        String address = clip(attempt.address());
        return address == null ? null : "unknown-names:" + address;
    }

    /** The name as accounts are keyed (trimmed, lower case, cut), or null for none. */
    static String account(String username) {
        return username == null || username.isBlank() ? null : clip(username.strip().toLowerCase(Locale.ROOT));
    }

    private static String clip(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        return v.length() > MAX_KEY_LENGTH ? v.substring(0, MAX_KEY_LENGTH) : v;
    }
}
