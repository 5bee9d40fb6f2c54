package io.storyline.web.audit.faces;

import io.storyline.domain.audit.AuditEntry;
import io.storyline.web.layout.Times;

/** One line of the audit log page, with getters for Faces EL. */
public class AuditRow {

    private final AuditEntry entry;

    AuditRow(AuditEntry entry) {
        this.entry = entry;
    }

    public String getWhen() {
        return Times.format(entry.at());
    }

    public String getInstant() {
        return entry.at().toString();
    }

    public String getUser() {
        return entry.username().orElse("");
    }

    public String getAction() {
        return entry.action();
    }

    public String getSubject() {
        return entry.subject().orElse("");
    }

    public String getDetail() {
        return entry.detail().orElse("");
    }

    public String getAddress() {
        return entry.remoteAddress().orElse("");
    }

    public String getUserAgent() {
        return entry.userAgent().orElse("");
    }
}
