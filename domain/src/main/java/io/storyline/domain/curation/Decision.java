package io.storyline.domain.curation;

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
 * One decision a person made about the machine's results. Decisions are never edited: a later decision about the
 * same thing supersedes an earlier one, which stays as history.
 */
@Entity
@Table(name = "decision")
public class Decision {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "decision_seq")
    @SequenceGenerator(name = "decision_seq", sequenceName = "decision_seq", allocationSize = 50)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 32)
    private DecisionKind kind;

    @Column(name = "document_id")
    private Long documentId;

    @Column(name = "begin_offset")
    private Integer begin;

    @Column(name = "end_offset")
    private Integer end;

    @Column(name = "entity_id")
    private Long entityId;

    @Column(name = "type_value", length = 64)
    private String typeValue;

    @Column(name = "text_value", length = 500)
    private String textValue;

    @Column(name = "date_value", length = 100)
    private String dateValue;

    @Column(name = "detail_value", length = 4000)
    private String detailValue;

    @Column(name = "target_entity_id")
    private Long targetEntityId;

    @Column(name = "subject_type", length = 64)
    private String subjectType;

    @Column(name = "reason", length = 1000)
    private String reason;

    @Column(name = "decided_by", nullable = false, length = 64)
    private String decidedBy;

    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    @Column(name = "superseded_at")
    private Instant supersededAt;

    protected Decision() {
        // for JPA
    }

    private Decision(DecisionKind kind, Long documentId, Integer begin, Integer end, String by, String reason,
                     Instant at) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.documentId = documentId;
        this.begin = begin;
        this.end = end;
        this.decidedBy = Objects.requireNonNull(by, "by");
        this.reason = reason == null || reason.isBlank() ? null : cut(reason.strip(), 1000);
        this.decidedAt = Objects.requireNonNull(at, "at");
    }

    /**
     * A decision about the mention or event at a span of a document's text.
     *
     * @throws IllegalArgumentException when the kind is not about a span, or the span is empty
     */
    public static Decision aboutSpan(DecisionKind kind, long documentId, int begin, int end, String by, String reason,
                                     Instant at) {
        if (!kind.aboutMention() && !kind.aboutEvent()) {
            throw new IllegalArgumentException(kind + " is not about a place in a document");
        }
        if (begin < 0 || end <= begin) {
            throw new IllegalArgumentException("the span " + begin + ".." + end + " is empty");
        }
        return new Decision(kind, documentId, begin, end, by, reason, at);
    }

    /**
     * That document {@code documentId} was published on {@code date} (an ISO date, or a date-time with offset).
     *
     * @throws IllegalArgumentException when the date is missing
     */
    public static Decision publicationDate(long documentId, String date, String by, String reason, Instant at) {
        if (date == null || date.isBlank()) {
            throw new IllegalArgumentException("give the publication date");
        }
        Decision d = new Decision(DecisionKind.DATE_DOCUMENT, documentId, null, null, by, reason, at);
        d.dateValue = cut(date.strip(), 100);
        return d;
    }

    /** That {@code text} is never an entity, anywhere. */
    public static Decision neverEntity(String text, String by, String reason, Instant at) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("say which text is never an entity");
        }
        Decision d = new Decision(DecisionKind.NEVER_ENTITY, null, null, null, by, reason, at);
        d.textValue = cut(text.strip(), 500);
        return d;
    }

    /**
     * A decision about an entity as a whole: a merge, a split, an alias added or removed.
     *
     * @throws IllegalArgumentException when the kind is not about an entity
     */
    public static Decision aboutEntity(DecisionKind kind, long entityId, String by, String reason, Instant at) {
        if (!kind.aboutEntity()) {
            throw new IllegalArgumentException(kind + " is not about an entity as a whole");
        }
        Decision d = new Decision(kind, null, null, null, by, reason, at);
        d.entityId = entityId;
        return d;
    }

    /** The other entity of a merge (the one kept) or a split (the new one). */
    public Decision withTarget(long id) {
        this.targetEntityId = id;
        return this;
    }

    /** What the decision carries beyond a type, date or text (participants, the names split off). */
    public Decision withDetail(String detail) {
        if (detail != null && detail.length() > 4000) {
            throw new IllegalArgumentException("the decision's detail is longer than 4,000 characters");
        }
        this.detailValue = detail;
        return this;
    }

    /** The type the machine gave what was decided about, when decided (for measured precision). */
    public Decision withSubjectType(String type) {
        this.subjectType = type == null ? null : cut(type, 64);
        return this;
    }

    public Decision withEntity(long id) {
        this.entityId = id;
        return this;
    }

    public Decision withType(String type) {
        this.typeValue = Objects.requireNonNull(type, "type");
        return this;
    }

    public Decision withDate(String timexValue) {
        this.dateValue = Objects.requireNonNull(timexValue, "date");
        return this;
    }

    public Decision withText(String text) {
        this.textValue = text == null ? null : cut(text, 500);
        return this;
    }

    /** A later decision about the same thing replaces this one. */
    public void supersede(Instant at) {
        if (supersededAt == null) {
            this.supersededAt = Objects.requireNonNull(at, "at");
        }
    }

    /** Whether this and {@code other} decide about the same thing (the same span, or the same never-entity text). */
    public boolean sameSubject(Decision other) {
        if (kind.aboutEntity() || other.kind.aboutEntity()) {
            return false; // each merge, split or alias change is its own decision
        }
        if (kind.aboutDocument() || other.kind.aboutDocument()) {
            return kind == other.kind && Objects.equals(documentId, other.documentId);
        }
        if (kind == DecisionKind.NEVER_ENTITY || other.kind == DecisionKind.NEVER_ENTITY) {
            return kind == other.kind && textValue.equalsIgnoreCase(other.textValue);
        }
        return kind.aboutMention() == other.kind.aboutMention()
                && Objects.equals(documentId, other.documentId)
                && Objects.equals(begin, other.begin) && Objects.equals(end, other.end)
                && (kind.aboutMention() || sameEventAspect(other));
    }

    private boolean sameEventAspect(Decision other) {
        boolean verdict = kind == DecisionKind.ACCEPT_EVENT || kind == DecisionKind.REJECT_EVENT;
        boolean otherVerdict = other.kind == DecisionKind.ACCEPT_EVENT || other.kind == DecisionKind.REJECT_EVENT;
        return verdict && otherVerdict || kind == other.kind;
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    public Long id() {
        return id;
    }

    public DecisionKind kind() {
        return kind;
    }

    public Optional<Long> documentId() {
        return Optional.ofNullable(documentId);
    }

    public int begin() {
        return begin == null ? -1 : begin;
    }

    public int end() {
        return end == null ? -1 : end;
    }

    public Optional<Long> entityId() {
        return Optional.ofNullable(entityId);
    }

    public Optional<String> typeValue() {
        return Optional.ofNullable(typeValue);
    }

    public Optional<String> textValue() {
        return Optional.ofNullable(textValue);
    }

    public Optional<String> dateValue() {
        return Optional.ofNullable(dateValue);
    }

    public Optional<String> detailValue() {
        return Optional.ofNullable(detailValue);
    }

    public Optional<Long> targetEntityId() {
        return Optional.ofNullable(targetEntityId);
    }

    public Optional<String> subjectType() {
        return Optional.ofNullable(subjectType);
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

    public Optional<Instant> supersededAt() {
        return Optional.ofNullable(supersededAt);
    }

    public boolean active() {
        return supersededAt == null;
    }
}
