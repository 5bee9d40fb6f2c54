package io.storyline.web.audit;

import io.storyline.domain.audit.AuditEntry;
import io.storyline.domain.common.Csv;
import java.util.List;
import java.util.Optional;

/**
 * The audit log as CSV, written by {@link Csv}: RFC 4180, and cells a spreadsheet would take for a formula made
 * inert, so an exported log opens as text whatever people typed into titles and tags.
 */
public final class AuditCsv {

    public static final List<String> HEADER = List.of("when", "user", "action", "subject", "detail", "address",
            "user agent");

    private AuditCsv() {
    }

    public static String header() {
        return Csv.row(HEADER);
    }

    public static String row(AuditEntry entry) {
        return Csv.row(List.of(entry.at().toString(), text(entry.username()), entry.action(), text(entry.subject()),
                text(entry.detail()), text(entry.remoteAddress()), text(entry.userAgent())));
    }

    private static String text(Optional<String> value) {
        return value.orElse("");
    }
}
