package io.storyline.web.audit.faces;

import io.storyline.domain.audit.AuditEntry;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** One line of the audit log page, with getters for Faces EL. */
public class AuditRow {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    private final AuditEntry entry;

    AuditRow(AuditEntry entry) {
        this.entry = entry;
    }

    public String getWhen() {
        return WHEN.format(entry.at());
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
