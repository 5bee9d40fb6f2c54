package io.storyline.domain.entity;

import io.storyline.domain.common.Origin;
import io.storyline.domain.common.ReviewState;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.Objects;

/**
 * A place in a document's text that names (or describes) an entity. Offsets are character offsets into the
 * document's extracted text, end exclusive.
 */
@Entity
@Table(name = "mention")
public class Mention {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mention_seq")
    @SequenceGenerator(name = "mention_seq", sequenceName = "mention_seq", allocationSize = 50)
    private Long id;

    @Column(name = "document_id", nullable = false)
    private long documentId;

    @Column(name = "entity_id", nullable = false)
    private long entityId;

    @Column(name = "begin_offset", nullable = false)
    private int begin;

    @Column(name = "end_offset", nullable = false)
    private int end;

    @Column(name = "text", nullable = false, length = 500)
    private String text;

    @Enumerated(EnumType.STRING)
    @Column(name = "type", nullable = false, length = 16)
    private EntityType type;

    @Column(name = "sentence_index", nullable = false)
    private int sentenceIndex;

    @Enumerated(EnumType.STRING)
    @Column(name = "found_by", nullable = false, length = 16)
    private MentionSource foundBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "origin", nullable = false, length = 16)
    private Origin origin;

    @Enumerated(EnumType.STRING)
    @Column(name = "review", nullable = false, length = 16)
    private ReviewState review;

    protected Mention() {
        // for JPA
    }

    public Mention(long documentId, long entityId, int begin, int end, String text, EntityType type, int sentenceIndex,
                   MentionSource foundBy) {
        if (begin < 0 || end <= begin) {
            throw new IllegalArgumentException("a mention spans at least one character: " + begin + ".." + end);
        }
        this.documentId = documentId;
        this.entityId = entityId;
        this.begin = begin;
        this.end = end;
        this.text = Names.fit(Objects.requireNonNull(text, "text"), 500);
        this.type = Objects.requireNonNull(type, "type");
        this.sentenceIndex = sentenceIndex;
        this.foundBy = Objects.requireNonNull(foundBy, "foundBy");
        this.origin = foundBy == MentionSource.PERSON ? Origin.PERSON : Origin.MACHINE;
        this.review = foundBy == MentionSource.PERSON ? ReviewState.ACCEPTED : ReviewState.UNREVIEWED;
    }

    /** A person confirmed the mention. */
    public void accept() {
        this.review = ReviewState.ACCEPTED;
    }

    /** A person linked the mention to another entity, of that entity's type. */
    public void linkTo(NamedEntity entity) {
        this.entityId = Objects.requireNonNull(entity.id(), "entity id");
        this.type = entity.type();
        this.review = ReviewState.ACCEPTED;
    }

    public Long id() {
        return id;
    }

    public long documentId() {
        return documentId;
    }

    public long entityId() {
        return entityId;
    }

    public int begin() {
        return begin;
    }

    public int end() {
        return end;
    }

    public String text() {
        return text;
    }

    public EntityType type() {
        return type;
    }

    public int sentenceIndex() {
        return sentenceIndex;
    }

    public MentionSource foundBy() {
        return foundBy;
    }

    public Origin origin() {
        return origin;
    }

    public ReviewState review() {
        return review;
    }

    public boolean covers(int offset) {
        return begin <= offset && offset < end;
    }
}
