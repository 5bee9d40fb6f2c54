package io.storyline.domain.imports;

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

/** One file of a bulk import and what became of it. */
@Entity
@Table(name = "import_item")
public class ImportItem {

    /** What became of the file. */
    public enum Status {
        PENDING,
        /** It made a new document. */
        IMPORTED,
        /** Its bytes were in the archive already; recorded as another sighting. */
        DUPLICATE,
        /** It could not be taken in; the message says why. */
        FAILED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "import_item_seq")
    @SequenceGenerator(name = "import_item_seq", sequenceName = "import_item_seq", allocationSize = 500)
    private Long id;

    @Column(name = "job_id", nullable = false)
    private long jobId;

    @Column(name = "path", nullable = false, length = 4000)
    private String path;

    @Column(name = "size_bytes")
    private Long size;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private Status status;

    @Column(name = "document_id")
    private Long documentId;

    @Column(name = "message", length = 2000)
    private String message;

    @Column(name = "processed_at")
    private Instant processedAt;

    protected ImportItem() {
        // for JPA
    }

    public ImportItem(long jobId, String path, Long size) {
        this.jobId = jobId;
        this.path = Objects.requireNonNull(path, "path");
        this.size = size;
        this.status = Status.PENDING;
    }

    public void imported(long document, Instant at) {
        finish(Status.IMPORTED, document, null, at);
    }

    public void duplicate(long document, Instant at) {
        finish(Status.DUPLICATE, document, null, at);
    }

    public void failed(String why, Instant at) {
        finish(Status.FAILED, null, why, at);
    }

    private void finish(Status outcome, Long document, String why, Instant at) {
        this.status = outcome;
        this.documentId = document;
        this.message = why == null ? null : why.length() > 2000 ? why.substring(0, 2000) : why;
        this.processedAt = Objects.requireNonNull(at, "at");
    }

    public Long id() {
        return id;
    }

    public long jobId() {
        return jobId;
    }

    /** Where the file is: relative to the imported folder, or its entry name in the ZIP. */
    public String path() {
        return path;
    }

    public Optional<Long> size() {
        return Optional.ofNullable(size);
    }

    public Status status() {
        return status;
    }

    public Optional<Long> documentId() {
        return Optional.ofNullable(documentId);
    }

    public Optional<String> message() {
        return Optional.ofNullable(message);
    }

    public Optional<Instant> processedAt() {
        return Optional.ofNullable(processedAt);
    }
}
