package io.storyline.domain.document;

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

/** One step in a document's processing history: what happened, when, by whom or what, and details. */
@Entity
@Table(name = "document_history")
public class HistoryEntry {

    /** What can happen to a document. */
    public enum Step {
        RECEIVED,
        SEEN_AGAIN,
        EXTRACTION_STARTED,
        EXTRACTED,
        EXTRACTION_DEFERRED,
        FAILED,
        RETRY_REQUESTED,
        REEXTRACTION_REQUESTED,
        RESUMED,
        ARCHIVE_EXPANDED,
        LANGUAGE_SET,
        NEAR_DUPLICATE_FOUND,
        ANALYSIS_STARTED,
        ANALYZED,
        ANALYSIS_DEFERRED,
        REANALYSIS_REQUESTED,
        DECISION_RECORDED,
        TAGGED,
        UNTAGGED,
        /** An editor merged or split an entity the document mentions; its mentions follow without re-analysis. */
        ENTITY_CORRECTED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "history_seq")
    @SequenceGenerator(name = "history_seq", sequenceName = "history_seq", allocationSize = 50)
    private Long id;

    @Column(name = "document_id", nullable = false)
    private long documentId;

    @Column(name = "happened_at", nullable = false)
    private Instant at;

    @Enumerated(EnumType.STRING)
    @Column(name = "step", nullable = false, length = 32)
    private Step step;

    @Column(name = "actor", nullable = false, length = 100)
    private String actor;

    @Column(name = "detail", length = 2000)
    private String detail;

    protected HistoryEntry() {
        // for JPA
    }

    public HistoryEntry(long documentId, Step step, String actor, String detail, Instant at) {
        this.documentId = documentId;
        this.step = Objects.requireNonNull(step, "step");
        this.actor = Objects.requireNonNull(actor, "actor");
        this.detail = Description.cut(detail, 2000);
        this.at = Objects.requireNonNull(at, "at");
    }

    public long documentId() {
        return documentId;
    }

    public Instant at() {
        return at;
    }

    public Step step() {
        return step;
    }

    public String actor() {
        return actor;
    }

    public Optional<String> detail() {
        return Optional.ofNullable(detail);
    }
}
