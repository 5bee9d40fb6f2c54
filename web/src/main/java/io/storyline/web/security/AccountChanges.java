package io.storyline.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Which accounts changed in a way that ends their sessions (disabled, password reset, roles changed), as numbers
 * from one counter: a session remembers the counter at its login, and is current while its user has not changed
 * since. Kept in memory, like the sessions themselves, which do not outlive the server.
 */
@ApplicationScoped
public class AccountChanges {

    private final AtomicLong counter = new AtomicLong();
    private final Map<String, Long> lastChange = new ConcurrentHashMap<>();

    /** The counter now; a session stores it at login. */
    public long stamp() {
        return counter.get();
    }

    /**
     * Ends every session of {@code username} made before now.
     *
     * @return the counter at this change: a session that stores it stays current (its user's own change)
     */
    public long changed(String username) {
        long stamp = counter.incrementAndGet();
        lastChange.merge(username, stamp, Math::max);
        return stamp;
    }

    /** Whether a session of {@code username} that logged in at {@code stamp} is still honoured. */
    public boolean isCurrent(String username, long stamp) {
        Long changed = lastChange.get(username);
        return changed == null || changed <= stamp;
    }
}
