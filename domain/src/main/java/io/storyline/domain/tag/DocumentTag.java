package io.storyline.domain.tag;

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

/** A topic tag on a document, with who put it there and when. The name is canonical ({@link TagName}). */
@Entity
@Table(name = "document_tag")
public class DocumentTag {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "document_tag_seq")
    @SequenceGenerator(name = "document_tag_seq", sequenceName = "document_tag_seq", allocationSize = 50)
    private Long id;

    @Column(name = "document_id", nullable = false)
    private long documentId;

    @Column(name = "name", nullable = false, length = TagName.MAX_LENGTH)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "origin", nullable = false, length = 8)
    private TagOrigin origin;

    @Column(name = "tagged_by", nullable = false, length = 64)
    private String taggedBy;

    @Column(name = "tagged_at", nullable = false)
    private Instant taggedAt;

    protected DocumentTag() {
        // for JPA
    }

    public DocumentTag(long documentId, String name, TagOrigin origin, String taggedBy, Instant taggedAt) {
        this.documentId = documentId;
        this.name = TagName.canonical(name);
        this.origin = Objects.requireNonNull(origin, "origin");
        this.taggedBy = Objects.requireNonNull(taggedBy, "taggedBy");
        this.taggedAt = Objects.requireNonNull(taggedAt, "taggedAt");
    }

    public long documentId() {
        return documentId;
    }

    public String name() {
        return name;
    }

    public TagOrigin origin() {
        return origin;
    }

    public String taggedBy() {
        return taggedBy;
    }

    public Instant taggedAt() {
        return taggedAt;
    }
}
