package io.storyline.domain.document;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a document is in the pipeline and how it got there: its status and the transitions between statuses, the
 * failure that stopped it, the attempts of each stage since a person last asked for it, which worker holds it now
 * and since when, when each stage last finished, and the day the last analysis read relative dates against.
 */
@Embeddable
public class Processing {

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private DocumentStatus status = DocumentStatus.RECEIVED;

    @Embedded
    private Failure failure;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "claimed_by", length = 100)
    private String claimedBy;

    @Column(name = "claimed_at")
    private Instant claimedAt;

    @Column(name = "extracted_at")
    private Instant extractedAt;

    @Column(name = "analysis_attempts", nullable = false)
    private int analysisAttempts;

    @Column(name = "analyzed_at")
    private Instant analyzedAt;

    @Column(name = "reference_date")
    private LocalDate referenceDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "reference_source", length = 24)
    private ReferenceSource referenceSource;

    /** {@code document} names the document in the messages of refused transitions. */
    void claim(Stage stage, String worker, Instant at, Object document) {
        boolean extraction = stage == Stage.EXTRACTION;
        require(extraction ? DocumentStatus.RECEIVED : DocumentStatus.EXTRACTED,
                "claimed for " + stage.name().toLowerCase(Locale.ROOT), document);
        this.status = extraction ? DocumentStatus.EXTRACTING : DocumentStatus.ANALYZING;
        this.claimedBy = Objects.requireNonNull(worker, "worker");
        this.claimedAt = Objects.requireNonNull(at, "at");
        if (extraction) {
            attempts++;
        } else {
            analysisAttempts++;
        }
    }

    void release(Stage stage, Object document) {
        boolean extraction = stage == Stage.EXTRACTION;
        require(extraction ? DocumentStatus.EXTRACTING : DocumentStatus.ANALYZING, "released", document);
        this.status = extraction ? DocumentStatus.RECEIVED : DocumentStatus.EXTRACTED;
        clearClaim();
    }

    void requireClaimedForExtraction(Object document) {
        require(DocumentStatus.EXTRACTING, "completed", document);
    }

    void extracted(Instant at) {
        this.extractedAt = at;
        moveTo(DocumentStatus.EXTRACTED);
        clearClaim();
    }

    void analyzed(LocalDate reference, ReferenceSource source, Instant at, Object document) {
        require(DocumentStatus.ANALYZING, "completed", document);
        this.analyzedAt = Objects.requireNonNull(at, "at");
        this.referenceDate = Objects.requireNonNull(reference, "reference");
        this.referenceSource = Objects.requireNonNull(source, "source");
        moveTo(DocumentStatus.ANALYZED);
        clearClaim();
    }

    /** Failed again keeps the stage it first failed in. */
    void fail(FailureReason reason, String message) {
        Stage stage = status == DocumentStatus.FAILED ? failedStage().orElse(null)
                : status == DocumentStatus.ANALYZING ? Stage.ANALYSIS : Stage.EXTRACTION;
        this.failure = new Failure(reason, message, stage);
        this.status = DocumentStatus.FAILED;
        clearClaim();
    }

    boolean canBeReanalyzed() {
        return status == DocumentStatus.ANALYZED || status == DocumentStatus.EXTRACTED
                || status == DocumentStatus.FAILED && failedStage().orElse(null) == Stage.ANALYSIS;
    }

    void reanalyze(Object document) {
        if (!canBeReanalyzed()) {
            throw new IllegalStateException(document + " is " + status + (status == DocumentStatus.FAILED
                    ? " in extraction; retry it instead" : "; it has no text to analyse yet"));
        }
        this.analysisAttempts = 0;
        moveTo(DocumentStatus.EXTRACTED);
    }

    void retry(Object document) {
        require(DocumentStatus.FAILED, "retried", document);
        startOver(failedStage().orElse(null) == Stage.ANALYSIS ? DocumentStatus.EXTRACTED : DocumentStatus.RECEIVED);
    }

    void reextract(Object document) {
        if (!status.isFinal() && status != DocumentStatus.EXTRACTED) {
            throw new IllegalStateException(document + " is " + status + "; it is being processed already");
        }
        startOver(DocumentStatus.RECEIVED);
    }

    /** A person asked for the document again: each stage gets its full number of attempts. */
    private void startOver(DocumentStatus next) {
        this.attempts = 0;
        this.analysisAttempts = 0;
        moveTo(next);
    }

    /** On to {@code next}, without the failure. */
    private void moveTo(DocumentStatus next) {
        this.status = next;
        this.failure = null;
    }

    private void require(DocumentStatus expected, String action, Object document) {
        if (status != expected) {
            throw new IllegalStateException(document + " is " + status + "; only a " + expected
                    + " document can be " + action);
        }
    }

    private void clearClaim() {
        this.claimedBy = null;
        this.claimedAt = null;
    }

    DocumentStatus status() {
        return status;
    }

    Optional<Failure> failure() {
        return failure == null || failure.isEmpty() ? Optional.empty() : Optional.of(failure);
    }

    Optional<Stage> failedStage() {
        return failure().map(Failure::stage);
    }

    int attempts() {
        return attempts;
    }

    int analysisAttempts() {
        return analysisAttempts;
    }

    Optional<String> claimedBy() {
        return Optional.ofNullable(claimedBy);
    }

    Optional<Instant> claimedAt() {
        return Optional.ofNullable(claimedAt);
    }

    Optional<Instant> extractedAt() {
        return Optional.ofNullable(extractedAt);
    }

    Optional<Instant> analyzedAt() {
        return Optional.ofNullable(analyzedAt);
    }

    Optional<LocalDate> referenceDate() {
        return Optional.ofNullable(referenceDate);
    }

    Optional<ReferenceSource> referenceSource() {
        return Optional.ofNullable(referenceSource);
    }
}
