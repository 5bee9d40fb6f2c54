package io.storyline.domain.document;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a document came from: who uploaded it and when, and, for a file found inside an uploaded archive, that
 * archive and how deep inside it lay.
 */
@Embeddable
public class Provenance {

    @Column(name = "uploaded_by", nullable = false, length = 64)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    @Column(name = "parent_id")
    private Long parentId;

    @Column(name = "archive_depth", nullable = false)
    private int archiveDepth;

    protected Provenance() {
        // for JPA
    }

    Provenance(String uploadedBy, Instant uploadedAt) {
        this.uploadedBy = Objects.requireNonNull(uploadedBy, "uploadedBy");
        this.uploadedAt = Objects.requireNonNull(uploadedAt, "at");
    }

    void foundInside(long containerId, int containerDepth) {
        this.parentId = containerId;
        this.archiveDepth = containerDepth + 1;
    }

    String uploadedBy() {
        return uploadedBy;
    }

    Instant uploadedAt() {
        return uploadedAt;
    }

    Optional<Long> parentId() {
        return Optional.ofNullable(parentId);
    }

    int archiveDepth() {
        return archiveDepth;
    }
}
