package io.storyline.web.audit;

import io.storyline.domain.audit.AuditEntry;
import java.util.List;
import java.util.Optional;

/**
 * The audit log as CSV (RFC 4180). Every cell is quoted, and a cell a spreadsheet would take for a formula (it
 * starts with {@code = + - @}, a tab or a carriage return) gets a leading single quote, so an exported log opens
 * as inert text whatever people typed into titles and tags.
 */
public final class AuditCsv {

    public static final List<String> HEADER = List.of("when", "user", "action", "subject", "detail", "address",
            "user agent");

    private AuditCsv() {
    }

    public static String header() {
        return row(HEADER);
    }

    public static String row(AuditEntry entry) {
        return row(List.of(entry.at().toString(), text(entry.username()), entry.action(), text(entry.subject()),
                text(entry.detail()), text(entry.remoteAddress()), text(entry.userAgent())));
    }

    /** One line, ending in CRLF. */
    public static String row(List<String> cells) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(cell(cells.get(i)));
        }
        return line.append("\r\n").toString();
    }

    /** A cell: quoted, inner quotes doubled, formula starts neutralised. */
    public static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "\"\"";
        }
        String safe = looksLikeAFormula(value) ? "'" + value : value;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }

    /** Starts, maybe after spaces, with what makes a spreadsheet evaluate a cell. */
    private static boolean looksLikeAFormula(String value) {
        int i = 0;
        while (i < value.length() - 1 && value.charAt(i) == ' ') {
            i++;
        }
        return switch (value.charAt(i)) {
            case '=', '+', '-', '@', '\t', '\r', '\n', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20' -> true;
            default -> false;
        };
    }

    private static String text(Optional<String> value) {
        return value.orElse("");
    }
}
