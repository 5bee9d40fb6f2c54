package io.storyline.domain.audit;

import java.time.Instant;

/**
 * Which entries of the audit log to show; every part is optional (null).
 *
 * @param text     words found, ignoring case, in the subject, the detail or the user name
 * @param username exactly this user
 * @param action   exactly this action
 * @param from     at or after this instant
 * @param to       before this instant
 */
public record AuditFilter(String text, String username, String action, Instant from, Instant to) {

    public static final int MAX_TEXT = 200;

    public static final AuditFilter NONE = new AuditFilter(null, null, null, null, null);

    public AuditFilter {
        text = blankToNull(text);
        username = blankToNull(username);
        action = blankToNull(action);
        if (text != null && text.length() > MAX_TEXT) {
            throw new IllegalArgumentException("the text to look for is at most " + MAX_TEXT + " characters");
        }
        if (username != null && username.length() > AuditEntry.MAX_USERNAME) {
            throw new IllegalArgumentException("a user name is at most " + AuditEntry.MAX_USERNAME + " characters");
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("\"to\" comes before \"from\"");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
