package io.storyline.domain.document;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/**
 * One locality-sensitive-hashing band of a fingerprint: documents that share a bucket in any band are
 * candidates for near-duplicates, so finding them never compares a document with the whole archive. The bucket
 * hash includes the band number, so a bucket belongs to one band.
 */
@Entity
@Table(name = "document_fingerprint_band")
public class FingerprintBand {

    /** The key: band number, bucket (hash of the band's values) and document. */
    @Embeddable
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        @Column(name = "band", nullable = false)
        private int band;

        @Column(name = "bucket", nullable = false)
        private long bucket;

        @Column(name = "document_id", nullable = false)
        private long documentId;

        protected Key() {
            // for JPA
        }

        Key(int band, long bucket, long documentId) {
            this.band = band;
            this.bucket = bucket;
            this.documentId = documentId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && band == k.band && bucket == k.bucket && documentId == k.documentId;
        }

        @Override
        public int hashCode() {
            return Objects.hash(band, bucket, documentId);
        }
    }

    @EmbeddedId
    private Key key;

    protected FingerprintBand() {
        // for JPA
    }

    public FingerprintBand(int band, long bucket, long documentId) {
        this.key = new Key(band, bucket, documentId);
    }

    public int band() {
        return key.band;
    }

    public long bucket() {
        return key.bucket;
    }

    public long documentId() {
        return key.documentId;
    }
}
