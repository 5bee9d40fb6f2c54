package io.storyline.web.audit;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Bursts of refused (throttled) sign-ins, so that the audit log keeps one row per burst instead of one per
 * refusal (a client can send hundreds a second). The first refusal of a burst is written at once; the following
 * ones, from the same account, address and channel, are counted here and written as one summary when the burst
 * has been quiet for {@link #QUIET}, and at least every {@link #AT_MOST_EVERY} while it goes on. At most
 * {@link #MAX_BURSTS} bursts are counted at once; when there is no room, every count is handed out for writing and
 * counting starts afresh. Thread-safe; the caller writes what it is handed.
 */
final class RefusalBursts {

    static final Duration QUIET = Duration.ofSeconds(10);
    static final Duration AT_MOST_EVERY = Duration.ofMinutes(1);
    static final int MAX_BURSTS = 10_000;

    /** Who was refused, from where, through which channel (e.g. "throttled (HTTP Basic)"). */
    record Key(String username, String address, String detail) {
    }

    /** Refusals counted and not yet written: {@code count} of them between {@code from} and {@code to}. */
    record Summary(Key key, int count, Instant from, Instant to, String userAgent) {

        /** The audit detail, e.g. "throttled (HTTP Basic): refused 38 more times from 10.0.0.7 between … and …". */
        String text() {
            return key.detail() + ": refused " + count + " more time" + (count == 1 ? "" : "s") + " from "
                    + (key.address() == null ? "an unknown address" : key.address()) + " between " + from + " and " + to;
        }
    }

    /** What a refusal means: whether it starts a burst (write it now), and counts to write now to make room. */
    record Outcome(boolean first, List<Summary> flushed) {
    }

    private static final class Burst {
        Instant last;
        Instant lastWritten;
        int pending;
        Instant pendingFrom;
        Instant pendingTo;
        String userAgent;
    }

    private final Map<Key, Burst> bursts = new LinkedHashMap<>();

    synchronized Outcome refused(Key key, Instant now, String userAgent) {
        List<Summary> flushed = List.of();
        Burst burst = bursts.get(key);
        if (burst != null && burst.pending == 0 && !now.isBefore(burst.last.plus(QUIET))) {
            bursts.remove(key);
            burst = null;
        }
        if (burst == null) {
            if (bursts.size() >= MAX_BURSTS) {
                flushed = due(now, true);
                bursts.clear();
            }
            burst = new Burst();
            burst.last = now;
            burst.lastWritten = now;
            burst.userAgent = userAgent;
            bursts.put(key, burst);
            return new Outcome(true, flushed);
        }
        burst.last = now;
        burst.pending++;
        if (burst.pendingFrom == null) {
            burst.pendingFrom = now;
        }
        burst.pendingTo = now;
        return new Outcome(false, flushed);
    }

    /**
     * The counts to write now: of bursts quiet for {@link #QUIET}, of bursts not written for {@link #AT_MOST_EVERY},
     * or all of them. Bursts that are over are forgotten.
     */
    synchronized List<Summary> due(Instant now, boolean all) {
        List<Summary> due = new ArrayList<>();
        for (Iterator<Map.Entry<Key, Burst>> it = bursts.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<Key, Burst> entry = it.next();
            Burst burst = entry.getValue();
            boolean over = !now.isBefore(burst.last.plus(QUIET));
            if (burst.pending > 0 && (all || over || !now.isBefore(burst.lastWritten.plus(AT_MOST_EVERY)))) {
                due.add(new Summary(entry.getKey(), burst.pending, burst.pendingFrom, burst.pendingTo, burst.userAgent));
                burst.pending = 0;
                burst.pendingFrom = null;
                burst.pendingTo = null;
                burst.lastWritten = now;
            }
            if (over && burst.pending == 0) {
                it.remove();
            }
        }
        return due;
    }

    synchronized int size() {
        return bursts.size();
    }
}
