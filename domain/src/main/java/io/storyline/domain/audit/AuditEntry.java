package io.storyline.domain.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of the audit log. Immutable: every column is {@code updatable = false} and there are no setters, so
 * not even a managed entity changed by mistake could rewrite history. Texts are cut to their column and control
 * characters become spaces, so an entry always fits and reads as one line.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    public static final int MAX_USERNAME = 64;
    public static final int MAX_ACTION = 32;
    public static final int MAX_SUBJECT = 300;
    public static final int MAX_DETAIL = 1000;
    public static final int MAX_ADDRESS = 64;
    public static final int MAX_USER_AGENT = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_entry_seq")
    @SequenceGenerator(name = "audit_entry_seq", sequenceName = "audit_entry_seq", allocationSize = 50)
    @Column(name = "id", updatable = false)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant at;

    @Column(name = "username", length = MAX_USERNAME, updatable = false)
    private String username;

    @Column(name = "action", nullable = false, length = MAX_ACTION, updatable = false)
    private String action;

    @Column(name = "subject", length = MAX_SUBJECT, updatable = false)
    private String subject;

    @Column(name = "detail", length = MAX_DETAIL, updatable = false)
    private String detail;

    @Column(name = "remote_address", length = MAX_ADDRESS, updatable = false)
    private String remoteAddress;

    @Column(name = "user_agent", length = MAX_USER_AGENT, updatable = false)
    private String userAgent;

    protected AuditEntry() {
        // for JPA
    }

    private AuditEntry(Instant at, String username, String action, String subject, String detail,
                       String remoteAddress, String userAgent) {
        this.at = Objects.requireNonNull(at, "at");
        this.username = clean(username, MAX_USERNAME);
        this.action = Objects.requireNonNull(clean(action, MAX_ACTION), "action");
        this.subject = clean(subject, MAX_SUBJECT);
        this.detail = clean(detail, MAX_DETAIL);
        this.remoteAddress = clean(remoteAddress, MAX_ADDRESS);
        this.userAgent = clean(userAgent, MAX_USER_AGENT);
    }

    /**
     * An entry of the log.
     *
     * @param username who did it, or null for someone not signed in
     * @param action   what kind of thing was done (a name from the web layer's list of actions)
     * @param subject  what it was done to, e.g. "document 42"
     * @param detail   anything else worth keeping; never a password
     */
    public static AuditEntry of(Instant at, String username, String action, String subject, String detail,
                                String remoteAddress, String userAgent) {
        return new AuditEntry(at, username, action, subject, detail, remoteAddress, userAgent);
    }

    /** Blank becomes null; control characters become spaces; the rest is cut to {@code max} characters. */
    static String clean(String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        StringBuilder out = new StringBuilder(Math.min(value.length(), max));
        value.strip().codePoints().forEach(c -> out.appendCodePoint(Character.isISOControl(c) ? ' ' : c));
        if (out.length() <= max) {
            return out.toString();
        }
        int end = Character.isHighSurrogate(out.charAt(max - 1)) ? max - 1 : max;
        return out.substring(0, end);
    }

    public Long id() {
        return id;
    }

    public Instant at() {
        return at;
    }

    public Optional<String> username() {
        return Optional.ofNullable(username);
    }

    public String action() {
        return action;
    }

    public Optional<String> subject() {
        return Optional.ofNullable(subject);
    }

    public Optional<String> detail() {
        return Optional.ofNullable(detail);
    }

    public Optional<String> remoteAddress() {
        return Optional.ofNullable(remoteAddress);
    }

    public Optional<String> userAgent() {
        return Optional.ofNullable(userAgent);
    }
}
