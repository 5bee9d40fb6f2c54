package io.storyline.web.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Slows down password guessing. Failed sign-ins are counted per account and per address; after the free attempts
 * within the window, further attempts for that account or from that address are refused, without the password
 * being checked, until a delay has passed that doubles with every further failure (up to a cap). Refused
 * attempts are not failures: they neither lengthen the delay nor reach the password check.
 * <ul>
 * <li>An account's failures are forgotten once it has been quiet for a whole window after its last failure and
 *     that failure's wait (so slow, patient guessing keeps meeting the longest delay), or at once when the right password is given.</li>
 * <li>An address's failures count within a window from its first one, whatever happens in between (a success
 *     does not reset them: one good account must not clear the way to try many others). Its free attempts are
 *     more than an account's, because a whole office can sit behind one address.</li>
 * </ul>
 * <p>
 * Memory is bounded: at most {@value #MAX_KEYS} accounts and addresses are tracked; quiet ones are forgotten.
 * The counts live in this JVM only; with several nodes each node counts on its own, which still slows guessing.
 */
@ApplicationScoped
public class LoginThrottle {

    static final int MAX_KEYS = 10_000;
    private static final Logger LOG = Logger.getLogger(LoginThrottle.class.getName());
    private static final int MAX_KEY_LENGTH = 100;

    @Inject
    Clock clock;

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

    private Settings settings;
    private final Map<String, Counter> counters = new ConcurrentHashMap<>();
    private volatile Instant lastFullWarning = Instant.EPOCH;

    /**
     * @param freePerAccount failures an account may have within the window before it is slowed down
     * @param freePerAddress failures an address may have within the window before it is slowed down
     * @param window         how long failures are remembered, from the first one
     * @param firstDelay     the wait after the last free failure; each further failure doubles it
     * @param maxDelay       the longest wait
     */
    public record Settings(int freePerAccount, int freePerAddress, Duration window, Duration firstDelay,
                           Duration maxDelay) {

        public Settings {
            if (freePerAccount < 1 || freePerAddress < 1) {
                throw new IllegalArgumentException("storyline.security.login.free-attempts(-per-address) must be 1 or more");
            }
            if (window.isNegative() || window.isZero() || firstDelay.isNegative() || firstDelay.isZero()
                    || maxDelay.compareTo(firstDelay) < 0) {
                throw new IllegalArgumentException("storyline.security.login.window and first-delay must be positive,"
                        + " and max-delay at least first-delay");
            }
        }
    }

    protected LoginThrottle() {
        // for CDI; settings come from configuration
    }

    LoginThrottle(Settings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    @PostConstruct
    void configure() {
        settings = new Settings(freePerAccount, freePerAddress, duration("window", windowValue),
                duration("first-delay", firstDelayValue), duration("max-delay", maxDelayValue));
    }

    private static Duration duration(String key, String value) {
        try {
            return Duration.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("storyline.security.login." + key
                    + " is an ISO-8601 duration like PT15M or PT2S, not \"" + value + "\"", e);
        }
    }

    /** How long this account, or this address, must wait before trying again; empty when it may try now. */
    public Optional<Duration> refusal(String username, String address) {
        Instant now = clock.instant();
        Duration wait = Duration.ZERO;
        for (String key : new String[] {accountKey(username), addressKey(address)}) {
            Counter counter = key == null ? null : counters.get(key);
            if (counter != null) {
                Duration left = counter.blockedFor(now);
                wait = left.compareTo(wait) > 0 ? left : wait;
            }
        }
        return wait.isZero() ? Optional.empty() : Optional.of(wait);
    }

    /** A wrong password (or unknown or disabled account) for this name from this address. */
    public void failed(String username, String address) {
        Instant now = clock.instant();
        fail(accountKey(username), settings.freePerAccount(), true, now);
        fail(addressKey(address), settings.freePerAddress(), false, now);
    }

    /** The right password: the account starts afresh. */
    public void succeeded(String username) {
        String key = accountKey(username);
        if (key != null) {
            counters.remove(key);
        }
    }

    /** Seconds to wait, rounded up, at least 1: what Retry-After and the login page say. */
    public static long seconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }

    private void fail(String key, int free, boolean fromLastFailure, Instant now) {
        if (key == null) {
            return;
        }
        Counter counter = counters.get(key);
        if (counter == null) {
            if (counters.size() >= MAX_KEYS && !makeRoom(now)) {
                return;
            }
            counter = counters.computeIfAbsent(key, k -> new Counter(fromLastFailure));
        }
        counter.fail(now, free, settings);
    }

    /** Forgets quiet keys; false when every tracked key is still live (the new one is then not tracked). */
    private boolean makeRoom(Instant now) {
        counters.entrySet().removeIf(e -> e.getValue().expired(now, settings.window()));
        if (counters.size() < MAX_KEYS) {
            return true;
        }
        if (lastFullWarning.plus(Duration.ofMinutes(1)).isBefore(now)) {
            lastFullWarning = now;
            LOG.warning(() -> "Login throttling tracks " + MAX_KEYS + " accounts and addresses with recent failed"
                    + " sign-ins, its limit; further ones are not slowed down until some are forgotten.");
        }
        return false;
    }

    int trackedKeys() {
        return counters.size();
    }

    private static String accountKey(String username) {
        if (username == null || username.isBlank()) {
            return null;
        }
        String name = username.strip().toLowerCase(Locale.ROOT);
        return "account:" + (name.length() > MAX_KEY_LENGTH ? name.substring(0, MAX_KEY_LENGTH) : name);
    }

    private static String addressKey(String address) {
        if (address == null || address.isBlank()) {
            return null;
        }
        String a = address.strip();
        return "address:" + (a.length() > MAX_KEY_LENGTH ? a.substring(0, MAX_KEY_LENGTH) : a);
    }

    /** The failures of one account or address. */
    private static final class Counter {

        /** Whether the window runs from the last failure (accounts) or from the first (addresses). */
        private final boolean fromLastFailure;
        private int failures;
        private Instant windowStart;
        private Instant blockedUntil;

        Counter(boolean fromLastFailure) {
            this.fromLastFailure = fromLastFailure;
        }

        synchronized void fail(Instant now, int free, Settings settings) {
            if (windowStart == null || expired(now, settings.window())) {
                failures = 0;
                windowStart = now;
                blockedUntil = null;
            }
            failures++;
            if (failures >= free) {
                int doublings = Math.min(failures - free, 30);
                Duration delay = settings.firstDelay().multipliedBy(1L << doublings);
                if (delay.compareTo(settings.maxDelay()) > 0) {
                    delay = settings.maxDelay();
                }
                blockedUntil = now.plus(delay);
            }
            if (fromLastFailure) {
                // the quiet window starts when this failure's wait is over
                windowStart = blockedUntil == null || failures < free ? now : blockedUntil;
            }
        }

        synchronized Duration blockedFor(Instant now) {
            return blockedUntil == null || !now.isBefore(blockedUntil) ? Duration.ZERO
                    : Duration.between(now, blockedUntil);
        }

        /** The window is over and no wait is in force: nothing to remember. */
        synchronized boolean expired(Instant now, Duration window) {
            return windowStart != null && !now.isBefore(windowStart.plus(window))
                    && (blockedUntil == null || !now.isBefore(blockedUntil));
        }
    }
}
