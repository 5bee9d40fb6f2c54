package io.storyline.web.audit.rest;

import io.storyline.domain.audit.AuditEntry;
import java.time.Instant;

/** One entry of the audit log, as {@code GET /api/audit} answers it. */
public record AuditEntryJson(long id, Instant at, String user, String action, String subject, String detail,
                             String address, String userAgent) {

    public static AuditEntryJson of(AuditEntry entry) {
        return new AuditEntryJson(entry.id(), entry.at(), entry.username().orElse(null), entry.action(),
                entry.subject().orElse(null), entry.detail().orElse(null), entry.remoteAddress().orElse(null),
                entry.userAgent().orElse(null));
    }
}
