package io.storyline.domain.document;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Base64;
import java.util.Objects;

/**
 * The MinHash signature of a document's text: for each of {@value #SIZE} hash functions, the smallest hash
 * of any of its word 5-shingles. The share of equal positions in two signatures estimates the Jaccard
 * similarity of the two texts.
 */
@Entity
@Table(name = "document_fingerprint")
public class TextFingerprint {

    public static final int SIZE = 128;

    @Id
    @Column(name = "document_id")
    private Long documentId;

    @Column(name = "signature", nullable = false, length = 700)
    private String signature;

    protected TextFingerprint() {
        // for JPA
    }

    public TextFingerprint(long documentId, int[] minHashes) {
        if (minHashes.length != SIZE) {
            throw new IllegalArgumentException("a fingerprint has " + SIZE + " values, not " + minHashes.length);
        }
        this.documentId = documentId;
        java.nio.ByteBuffer bytes = java.nio.ByteBuffer.allocate(SIZE * 4);
        for (int value : minHashes) {
            bytes.putInt(value);
        }
        this.signature = Base64.getEncoder().encodeToString(bytes.array());
    }

    public long documentId() {
        return documentId;
    }

    public int[] minHashes() {
        java.nio.ByteBuffer bytes = java.nio.ByteBuffer.wrap(Base64.getDecoder().decode(signature));
        int[] values = new int[SIZE];
        for (int i = 0; i < SIZE; i++) {
            values[i] = bytes.getInt();
        }
        return values;
    }

    /** The estimated Jaccard similarity of the two texts: the share of equal signature positions. */
    public double similarity(TextFingerprint other) {
        int[] mine = minHashes();
        int[] theirs = other.minHashes();
        int same = 0;
        for (int i = 0; i < SIZE; i++) {
            if (mine[i] == theirs[i]) {
                same++;
            }
        }
        return same / (double) SIZE;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TextFingerprint other && Objects.equals(documentId, other.documentId)
                && signature.equals(other.signature);
    }

    @Override
    public int hashCode() {
        return Objects.hash(documentId, signature);
    }
}
