package io.storyline.domain.audit;

import io.storyline.domain.common.Page;
import io.storyline.domain.common.PageRequest;
import java.time.Instant;
import java.util.List;

/**
 * The audit log: entries are added and read, never updated or deleted (there is deliberately no method for it).
 * Callers bring the transaction.
 */
public interface AuditEntryRepository {

    /** Adds an entry to the log. */
    AuditEntry record(AuditEntry entry);

    /** One page of the entries the filter matches, newest first. */
    Page<AuditEntry> search(AuditFilter filter, PageRequest page);

    /**
     * Up to {@code limit} entries the filter matches, newest first, that come after (are older than) the given
     * position; {@code null} position means from the newest. For reading the whole log in batches (export).
     */
    List<AuditEntry> batch(AuditFilter filter, Position after, int limit);

    /** A place in the newest-first order: an entry's time and id. */
    record Position(Instant at, long id) {

        public static Position of(AuditEntry entry) {
            return new Position(entry.at(), entry.id());
        }
    }
}
