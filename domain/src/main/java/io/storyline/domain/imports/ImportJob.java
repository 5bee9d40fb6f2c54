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
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A bulk import of a server folder or ZIP. Counts are kept as items finish, so progress (done, failed, total,
 * rate, time left) is exact and survives a restart.
 */
@Entity
@Table(name = "import_job")
public class ImportJob {

    /** What is imported. */
    public enum SourceKind { FOLDER, ZIP }

    /** Where the job is. */
    public enum Status {
        /** Waiting to be started by the batch runtime. */
        QUEUED,
        /** Listing the files of the source. */
        LISTING,
        /** Taking the files in. */
        RUNNING,
        /** Stopped by an admin; can be resumed. */
        STOPPED,
        /** Every item has an outcome. */
        COMPLETED,
        /** The source could not be read at all. */
        FAILED;

        public boolean active() {
            return this == QUEUED || this == LISTING || this == RUNNING;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "import_job_seq")
    @SequenceGenerator(name = "import_job_seq", sequenceName = "import_job_seq", allocationSize = 1)
    private Long id;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(name = "source_kind", nullable = false, length = 16)
    private SourceKind sourceKind;

    @Column(name = "source_path", nullable = false, length = 4000)
    private String sourcePath;

    @Column(name = "publisher", length = 500)
    private String publisher;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private Status status;

    @Column(name = "listed", nullable = false)
    private boolean listed;

    @Column(name = "total", nullable = false)
    private long total;

    @Column(name = "imported", nullable = false)
    private long imported;

    @Column(name = "duplicates", nullable = false)
    private long duplicates;

    @Column(name = "failed", nullable = false)
    private long failed;

    @Column(name = "run_started_at")
    private Instant runStartedAt;

    @Column(name = "run_processed", nullable = false)
    private long runProcessed;

    @Column(name = "execution_id")
    private Long executionId;

    @Column(name = "message", length = 2000)
    private String message;

    @Column(name = "started_by", nullable = false, length = 64)
    private String startedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    protected ImportJob() {
        // for JPA
    }

    public ImportJob(SourceKind kind, String sourcePath, String publisher, String startedBy, Instant at) {
        this.sourceKind = Objects.requireNonNull(kind, "kind");
        this.sourcePath = Objects.requireNonNull(sourcePath, "sourcePath");
        this.publisher = publisher == null || publisher.isBlank() ? null : publisher.strip();
        this.startedBy = Objects.requireNonNull(startedBy, "startedBy");
        this.createdAt = Objects.requireNonNull(at, "at");
        this.status = Status.QUEUED;
    }

    /** The batch runtime runs this import as execution {@code id} (one per run). */
    public void runsAs(long id) {
        this.executionId = id;
    }

    /** A run of the batch job begins (the first one, or one after a stop or a restart). */
    public void beginRun(Instant at) {
        if (status == Status.COMPLETED) {
            throw new IllegalStateException("import " + id + " is complete");
        }
        this.status = listed ? Status.RUNNING : Status.LISTING;
        this.runStartedAt = at;
        this.runProcessed = 0;
        this.finishedAt = null;
        this.message = null;
    }

    public void listedItems(long count) {
        this.total = count;
        this.listed = true;
        this.status = Status.RUNNING;
    }

    public void itemImported() {
        imported++;
        runProcessed++;
    }

    public void itemDuplicate() {
        duplicates++;
        runProcessed++;
    }

    public void itemFailed() {
        failed++;
        runProcessed++;
    }

    public void stop(Instant at) {
        if (status.active()) {
            this.status = Status.STOPPED;
            this.finishedAt = at;
        }
    }

    public void complete(Instant at) {
        this.status = Status.COMPLETED;
        this.finishedAt = at;
    }

    public void fail(String why, Instant at) {
        this.status = Status.FAILED;
        this.message = why == null ? null : why.length() > 2000 ? why.substring(0, 2000) : why;
        this.finishedAt = at;
    }

    /** Items with an outcome: imported, duplicate or failed. */
    public long done() {
        return imported + duplicates + failed;
    }

    /** Items per second in the current run, or empty before the first item. */
    public Optional<Double> rate(Instant now) {
        if (runStartedAt == null || runProcessed == 0) {
            return Optional.empty();
        }
        double seconds = Math.max(1, Duration.between(runStartedAt, finishedAt != null ? finishedAt : now).toMillis()) / 1000.0;
        return Optional.of(runProcessed / seconds);
    }

    /** The time the remaining items will take at the current rate, while running. */
    public Optional<Duration> timeLeft(Instant now) {
        if (status != Status.RUNNING || !listed) {
            return Optional.empty();
        }
        return rate(now).filter(r -> r > 0).map(r -> Duration.ofSeconds(Math.round((total - done()) / r)));
    }

    public Long id() {
        return id;
    }

    public SourceKind sourceKind() {
        return sourceKind;
    }

    public String sourcePath() {
        return sourcePath;
    }

    public Optional<String> publisher() {
        return Optional.ofNullable(publisher);
    }

    public Status status() {
        return status;
    }

    public boolean listed() {
        return listed;
    }

    public long total() {
        return total;
    }

    public long imported() {
        return imported;
    }

    public long duplicates() {
        return duplicates;
    }

    public long failed() {
        return failed;
    }

    public Optional<Long> executionId() {
        return Optional.ofNullable(executionId);
    }

    public Optional<String> message() {
        return Optional.ofNullable(message);
    }

    public String startedBy() {
        return startedBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Optional<Instant> finishedAt() {
        return Optional.ofNullable(finishedAt);
    }
}
