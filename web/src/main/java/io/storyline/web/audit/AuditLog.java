package io.storyline.web.audit;

import io.storyline.domain.audit.AuditEntry;
import io.storyline.domain.audit.AuditEntryRepository;
import io.storyline.domain.audit.AuditFilter;
import io.storyline.domain.common.Page;
import io.storyline.domain.common.PageRequest;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;

/**
 * The audit log's transactions: each entry is written in a transaction of its own (so it stays when the request
 * that made it fails), and reads for the log page, the API and the export. Nothing updates or deletes.
 */
@Stateless
public class AuditLog {

    @Inject
    AuditEntryRepository entries;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void write(AuditEntry entry) {
        entries.record(entry);
    }

    public Page<AuditEntry> search(AuditFilter filter, PageRequest page) {
        return entries.search(filter, page);
    }

    /** Entries older than {@code after} (from the newest when null), newest first, at most {@code limit}. */
    public List<AuditEntry> batch(AuditFilter filter, AuditEntryRepository.Position after, int limit) {
        return entries.batch(filter, after, limit);
    }
}
