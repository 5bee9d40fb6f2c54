package io.storyline.ingestion.intake.internal;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Serialises the registration of the same bytes on this node, so that concurrent uploads of one file queue
 * instead of racing on the database's unique hash (which stays the guard between nodes). Striped: 256 locks
 * keyed by the first byte of the hash.
 */
@ApplicationScoped
public class HashLocks {

    private final ReentrantLock[] stripes = new ReentrantLock[256];

    public HashLocks() {
        for (int i = 0; i < stripes.length; i++) {
            stripes[i] = new ReentrantLock();
        }
    }

    public <T> T withLock(String sha256, Supplier<T> work) {
        ReentrantLock lock = stripes[Integer.parseInt(sha256.substring(0, 2), 16)];
        lock.lock();
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }
}
