package io.storyline.domain.document;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * Two documents that tell the same text with small differences (wire copy on several sites), and how similar
 * they are: the estimated Jaccard similarity of their word 5-shingles, from 0 to 1. Stored once per pair,
 * the lower id first.
 */
@Entity
@Table(name = "near_duplicate")
public class NearDuplicate {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "near_duplicate_seq")
    @SequenceGenerator(name = "near_duplicate_seq", sequenceName = "near_duplicate_seq", allocationSize = 50)
    private Long id;

    @Column(name = "document_a", nullable = false)
    private long documentA;

    @Column(name = "document_b", nullable = false)
    private long documentB;

    @Column(name = "similarity", nullable = false)
    private double similarity;

    @Column(name = "found_at", nullable = false)
    private Instant foundAt;

    protected NearDuplicate() {
        // for JPA
    }

    public NearDuplicate(long one, long other, double similarity, Instant foundAt) {
        if (one == other) {
            throw new IllegalArgumentException("a document is not its own near-duplicate");
        }
        if (similarity < 0 || similarity > 1) {
            throw new IllegalArgumentException("similarity must be between 0 and 1: " + similarity);
        }
        this.documentA = Math.min(one, other);
        this.documentB = Math.max(one, other);
        this.similarity = similarity;
        this.foundAt = Objects.requireNonNull(foundAt, "foundAt");
    }

    /** The other document of the pair, seen from {@code documentId}. */
    public long other(long documentId) {
        return documentId == documentA ? documentB : documentA;
    }

    public long documentA() {
        return documentA;
    }

    public long documentB() {
        return documentB;
    }

    public double similarity() {
        return similarity;
    }

    public Instant foundAt() {
        return foundAt;
    }
}
