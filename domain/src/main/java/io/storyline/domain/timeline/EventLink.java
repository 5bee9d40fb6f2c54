package io.storyline.domain.timeline;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An editor's decision that two reported events are, or are not, the same real-world event. Named by
 * {@link EventKey}s, so it holds after re-analysis. Never edited: a later decision about the same pair supersedes
 * it and it stays as history.
 */
@Entity
@Table(name = "event_link")
public class EventLink {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "event_link_seq")
    @SequenceGenerator(name = "event_link_seq", sequenceName = "event_link_seq", allocationSize = 50)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 16)
    private EventLinkKind kind;

    @Column(name = "a_document_id", nullable = false)
    private long aDocumentId;

    @Column(name = "a_begin", nullable = false)
    private int aBegin;

    @Column(name = "a_end", nullable = false)
    private int aEnd;

    @Column(name = "b_document_id", nullable = false)
    private long bDocumentId;

    @Column(name = "b_begin", nullable = false)
    private int bBegin;

    @Column(name = "b_end", nullable = false)
    private int bEnd;

    @Column(name = "reason", length = 1000)
    private String reason;

    @Column(name = "decided_by", nullable = false, length = 64)
    private String decidedBy;

    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    @Column(name = "superseded_at")
    private Instant supersededAt;

    protected EventLink() {
        // for JPA
    }

    /**
     * @throws IllegalArgumentException when both keys name the same event
     */
    public EventLink(EventLinkKind kind, EventKey a, EventKey b, String by, String reason, Instant at) {
        if (a.equals(b)) {
            throw new IllegalArgumentException("an event cannot be linked to itself: " + a);
        }
        EventKey first = a.compareTo(b) < 0 ? a : b;
        EventKey second = first == a ? b : a;
        this.kind = Objects.requireNonNull(kind, "kind");
        this.aDocumentId = first.documentId();
        this.aBegin = first.begin();
        this.aEnd = first.end();
        this.bDocumentId = second.documentId();
        this.bBegin = second.begin();
        this.bEnd = second.end();
        this.decidedBy = Objects.requireNonNull(by, "by");
        this.reason = reason == null || reason.isBlank() ? null
                : (reason.strip().length() <= 1000 ? reason.strip() : reason.strip().substring(0, 1000));
        this.decidedAt = Objects.requireNonNull(at, "at");
    }

    /** Whether this decides about the same two events as {@code other}. */
    public boolean samePair(EventLink other) {
        return a().equals(other.a()) && b().equals(other.b());
    }

    /** A later decision about the same pair replaces this one. */
    public void supersede(Instant at) {
        if (supersededAt == null) {
            this.supersededAt = Objects.requireNonNull(at, "at");
        }
    }

    public Long id() {
        return id;
    }

    public EventLinkKind kind() {
        return kind;
    }

    /** The smaller of the two keys. */
    public EventKey a() {
        return new EventKey(aDocumentId, aBegin, aEnd);
    }

    /** The larger of the two keys. */
    public EventKey b() {
        return new EventKey(bDocumentId, bBegin, bEnd);
    }

    public Optional<String> reason() {
        return Optional.ofNullable(reason);
    }

    public String decidedBy() {
        return decidedBy;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public boolean active() {
        return supersededAt == null;
    }
}
