package io.storyline.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import java.util.logging.Logger;

/**
 * {@link LoginAttemptStore} in this JVM, in bounded memory: at most {@value #MAX_KEYS} keys of failures and
 * {@value #MAX_ACCOUNTS} accounts with at most {@value #ADDRESSES_PER_ACCOUNT} trusted addresses each. When full,
 * what may be forgotten is forgotten first; a new key that still finds no room is not tracked (and a warning says
 * so, at most once a minute). With several nodes, each node counts on its own, which still slows guessing; a
 * restart forgets everything here (device cookies stay valid: they are signed with a key in the database).
 */
@ApplicationScoped
public class InMemoryLoginAttempts implements LoginAttemptStore {

    static final int MAX_KEYS = 10_000;
    static final int MAX_ACCOUNTS = 10_000;
    static final int ADDRESSES_PER_ACCOUNT = 16;
    private static final Logger LOG = Logger.getLogger(InMemoryLoginAttempts.class.getName());

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final Map<String, Map<String, Instant>> trusted = new ConcurrentHashMap<>();
    private volatile Instant lastFullWarning = Instant.EPOCH;

    @Override
    public Optional<Failures> failures(String key) {
        return Optional.ofNullable(failures.get(key));
    }

    @Override
    public void update(String key, Instant now, UnaryOperator<Failures> change) {
        if (!failures.containsKey(key) && failures.size() >= MAX_KEYS) {
            failures.values().removeIf(f -> !now.isBefore(f.forgetAt()));
            if (failures.size() >= MAX_KEYS) {
                warnFull(now, "keys of failed sign-ins");
                return;
            }
        }
        failures.compute(key, (k, current) -> change.apply(current));
    }

    @Override
    public void forget(String key) {
        failures.remove(key);
    }

    @Override
    public Optional<Instant> trustedUntil(String account, String address) {
        Map<String, Instant> addresses = trusted.get(account);
        if (addresses == null) {
            return Optional.empty();
        }
        synchronized (addresses) {
            return Optional.ofNullable(addresses.get(address));
        }
    }

    @Override
    public void trust(String account, String address, Instant until, Instant now) {
        if (!trusted.containsKey(account) && trusted.size() >= MAX_ACCOUNTS) {
            trusted.values().removeIf(addresses -> {
                synchronized (addresses) {
                    addresses.values().removeIf(end -> !now.isBefore(end));
                    return addresses.isEmpty();
                }
            });
            if (trusted.size() >= MAX_ACCOUNTS) {
                warnFull(now, "accounts with trusted addresses");
                return;
            }
        }
        Map<String, Instant> addresses = trusted.computeIfAbsent(account, a -> new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Instant> eldest) {
                return size() > ADDRESSES_PER_ACCOUNT;
            }
        });
        synchronized (addresses) {
            addresses.put(address, until);
        }
    }

    int trackedKeys() {
        return failures.size();
    }

    private void warnFull(Instant now, String what) {
        if (lastFullWarning.plus(Duration.ofMinutes(1)).isBefore(now)) {
            lastFullWarning = now;
            LOG.warning(() -> "Login throttling remembers as many " + what + " as it may; further ones are not"
                    + " tracked until some are forgotten.");
        }
    }
}
