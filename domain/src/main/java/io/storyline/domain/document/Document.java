package io.storyline.domain.document;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One original in the archive. It is identified by the SHA-256 of its bytes (the key of the blob store),
 * and it moves through the pipeline by the methods that name each step; a failure is data, with a reason
 * from a closed set and a message a person can act on. What people decided (a publisher or date given at
 * upload, a language set by hand) is never overwritten by extraction.
 */
@Entity
@Table(name = "document")
public class Document {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    static final int MAX_MESSAGE = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "document_seq")
    @SequenceGenerator(name = "document_seq", sequenceName = "document_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(name = "sha256", nullable = false, unique = true, length = 64)
    private String sha256;

    @Column(name = "filename", nullable = false, length = 1024)
    private String filename;

    @Column(name = "media_type", length = 255)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false)
    private long size;

    @Column(name = "parent_id")
    private Long parentId;

    @Column(name = "archive_depth", nullable = false)
    private int archiveDepth;

    @Embedded
    private Description description = new Description();

    @Embedded
    private PublicationDate publicationDate;

    @ElementCollection
    @CollectionTable(name = "document_date_candidate", joinColumns = @JoinColumn(name = "document_id"))
    @OrderColumn(name = "position")
    private List<DateCandidate> dateCandidates = new ArrayList<>();

    @Column(name = "date_flags", length = 100)
    private String dateFlags;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private DocumentStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "failure_reason", length = 32)
    private FailureReason failureReason;

    @Column(name = "failure_message", length = MAX_MESSAGE)
    private String failureMessage;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "claimed_by", length = 100)
    private String claimedBy;

    @Column(name = "claimed_at")
    private Instant claimedAt;

    @Column(name = "extracted_at")
    private Instant extractedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "failed_stage", length = 16)
    private Stage failedStage;

    @Column(name = "analysis_attempts", nullable = false)
    private int analysisAttempts;

    @Column(name = "analyzed_at")
    private Instant analyzedAt;

    @Column(name = "reference_date")
    private LocalDate referenceDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "reference_source", length = 24)
    private ReferenceSource referenceSource;

    @Column(name = "uploaded_by", nullable = false, length = 64)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Document() {
        // for JPA
    }

    private Document(String sha256, String filename, String mediaType, long size, String uploadedBy, Instant at) {
        this.sha256 = requireSha256(sha256);
        this.filename = Filename.clean(filename);
        this.mediaType = mediaType;
        if (size < 0) {
            throw new IllegalArgumentException("size must not be negative: " + size);
        }
        this.size = size;
        this.uploadedBy = Objects.requireNonNull(uploadedBy, "uploadedBy");
        this.uploadedAt = Objects.requireNonNull(at, "at");
        this.updatedAt = at;
        this.status = DocumentStatus.RECEIVED;
    }

    /**
     * A document whose original has just been stored under {@code sha256}. It starts as
     * {@link DocumentStatus#RECEIVED}.
     */
    public static Document received(String sha256, String filename, String mediaType, long size,
                                    String uploadedBy, Instant at) {
        return new Document(sha256, filename, mediaType, size, uploadedBy, at);
    }

    private static String requireSha256(String value) {
        Objects.requireNonNull(value, "sha256");
        String lower = value.toLowerCase(Locale.ROOT);
        if (!SHA256.matcher(lower).matches()) {
            throw new IllegalArgumentException("not a SHA-256 in hex: " + value);
        }
        return lower;
    }

    /** Marks this document as found inside the archive document {@code containerId}, one level deeper. */
    public void foundInside(long containerId, int containerDepth) {
        this.parentId = containerId;
        this.archiveDepth = containerDepth + 1;
    }

    /** Sets what the uploader said about the document; values found in the file never override these. */
    public void describeAtUpload(String publisher, PublicationDate publishedAt, Instant at) {
        description().givePublisher(publisher);
        if (publishedAt != null) {
            if (publishedAt.source() != DateSource.UPLOAD) {
                throw new IllegalArgumentException("a date given at upload has the source UPLOAD");
            }
            dateCandidates.removeIf(c -> c.source() == DateSource.UPLOAD);
            dateCandidates.add(0, DateCandidate.of(publishedAt, publishedAt.iso()));
            this.publicationDate = publishedAt;
        }
        touch(at);
    }

    /** A worker takes the document for extraction; only a received document can be taken. */
    public void claimForExtraction(String worker, Instant at) {
        claim(DocumentStatus.RECEIVED, DocumentStatus.EXTRACTING, worker, at, "claimed for extraction");
        this.attempts++;
    }

    /** Gives a claimed document back to the queue, after a crash or a passing failure. */
    public void releaseClaim(Instant at) {
        release(DocumentStatus.EXTRACTING, DocumentStatus.RECEIVED, at);
    }

    private void claim(DocumentStatus from, DocumentStatus to, String worker, Instant at, String what) {
        requireStatus(from, what);
        this.status = to;
        this.claimedBy = Objects.requireNonNull(worker, "worker");
        this.claimedAt = Objects.requireNonNull(at, "at");
        touch(at);
    }

    private void release(DocumentStatus from, DocumentStatus to, Instant at) {
        requireStatus(from, "released");
        this.status = to;
        clearClaim();
        touch(at);
    }

    /**
     * Records what extraction found and chooses the publication date. The publisher and date given at upload
     * and a language set by a person stay as they are.
     */
    public void completeExtraction(ExtractedMetadata found, PublicationDateResolver dates, Instant at) {
        requireStatus(DocumentStatus.EXTRACTING, "completed");
        description().apply(found);
        dateCandidates.removeIf(c -> c.source() != DateSource.UPLOAD);
        dateCandidates.addAll(found.dateCandidates());
        PublicationDateResolver.Resolution resolution = dates.resolve(dateCandidates, uploadedAt);
        this.publicationDate = resolution.chosen().map(DateCandidate::asPublicationDate).orElse(null);
        this.dateFlags = resolution.flags().isEmpty() ? null
                : resolution.flags().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        this.status = DocumentStatus.EXTRACTED;
        this.extractedAt = at;
        this.failureReason = null;
        this.failureMessage = null;
        clearClaim();
        touch(at);
    }

    /**
     * The day the text speaks from, which relative time expressions are resolved against: the publication date,
     * else (and analysis says so) the day of the upload.
     */
    public LocalDate referenceDay() {
        return publicationDate().map(PublicationDate::day).orElseGet(() -> uploadedAt.atOffset(ZoneOffset.UTC).toLocalDate());
    }

    /** Where {@link #referenceDay()} comes from. */
    public ReferenceSource referenceDaySource() {
        return publicationDate().isPresent() ? ReferenceSource.PUBLICATION_DATE : ReferenceSource.UPLOAD_DATE;
    }

    /** A worker takes the document for analysis; only an extracted document can be taken. */
    public void claimForAnalysis(String worker, Instant at) {
        claim(DocumentStatus.EXTRACTED, DocumentStatus.ANALYZING, worker, at, "claimed for analysis");
        this.analysisAttempts++;
    }

    /** Gives a document claimed for analysis back to the queue. */
    public void releaseAnalysisClaim(Instant at) {
        release(DocumentStatus.ANALYZING, DocumentStatus.EXTRACTED, at);
    }

    /** Records that analysis finished, and which day relative dates were resolved against. */
    public void completeAnalysis(LocalDate reference, ReferenceSource source, Instant at) {
        requireStatus(DocumentStatus.ANALYZING, "completed");
        this.status = DocumentStatus.ANALYZED;
        this.analyzedAt = Objects.requireNonNull(at, "at");
        this.referenceDate = Objects.requireNonNull(reference, "reference");
        this.referenceSource = Objects.requireNonNull(source, "source");
        this.failureReason = null;
        this.failureMessage = null;
        this.failedStage = null;
        clearClaim();
        touch(at);
    }

    /** Whether the document can be analysed again: it was analysed, or its analysis (not its extraction) failed. */
    public boolean canBeReanalyzed() {
        return status == DocumentStatus.ANALYZED || status == DocumentStatus.EXTRACTED
                || status == DocumentStatus.FAILED && failedStage == Stage.ANALYSIS;
    }

    /**
     * Sends the document through analysis again (after rules, aliases or the taxonomy changed). Its text stays;
     * what people decided is re-applied to the new results.
     */
    public void reanalyze(Instant at) {
        if (!canBeReanalyzed()) {
            throw new IllegalStateException("document " + id + " is " + status
                    + (status == DocumentStatus.FAILED ? " in extraction; retry it instead" : "; it has no text to analyse yet"));
        }
        this.status = DocumentStatus.EXTRACTED;
        this.analysisAttempts = 0;
        this.failureReason = null;
        this.failureMessage = null;
        this.failedStage = null;
        touch(at);
    }

    /** A person sets the language; extraction will not change it again. */
    public void setLanguageByPerson(String languageCode, Instant at) {
        description().setLanguageByPerson(languageCode);
        touch(at);
    }

    /** Records a failure with its reason and a message written for the person who uploaded the file. */
    public void markFailed(FailureReason reason, String message, Instant at) {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(message, "message");
        if (status != DocumentStatus.FAILED) {
            this.failedStage = status == DocumentStatus.ANALYZING ? Stage.ANALYSIS : Stage.EXTRACTION;
        }
        this.status = DocumentStatus.FAILED;
        this.failureReason = reason;
        this.failureMessage = Description.cut(message, MAX_MESSAGE);
        clearClaim();
        touch(at);
    }

    /**
     * Puts a failed document back where it failed: at the start of the pipeline, or before analysis when only its
     * analysis failed. Its original is untouched.
     */
    public void retry(Instant at) {
        requireStatus(DocumentStatus.FAILED, "retried");
        this.status = failedStage == Stage.ANALYSIS ? DocumentStatus.EXTRACTED : DocumentStatus.RECEIVED;
        this.failureReason = null;
        this.failureMessage = null;
        this.failedStage = null;
        this.attempts = 0;
        this.analysisAttempts = 0;
        touch(at);
    }

    /**
     * Puts an extracted, analysed or failed document back at the start of the pipeline, to be read again (after
     * an upgrade of the readers, say). What people decided stays.
     */
    public void reextract(Instant at) {
        if (!status.isFinal() && status != DocumentStatus.EXTRACTED) {
            throw new IllegalStateException("document " + id + " is " + status + "; it is being processed already");
        }
        this.status = DocumentStatus.RECEIVED;
        this.failureReason = null;
        this.failureMessage = null;
        this.failedStage = null;
        this.attempts = 0;
        this.analysisAttempts = 0;
        touch(at);
    }

    private void requireStatus(DocumentStatus expected, String action) {
        if (status != expected) {
            throw new IllegalStateException("document " + id + " is " + status + "; only a " + expected
                    + " document can be " + action);
        }
    }

    private void clearClaim() {
        this.claimedBy = null;
        this.claimedAt = null;
    }

    private void touch(Instant at) {
        this.updatedAt = Objects.requireNonNull(at, "at");
    }

    public Long id() {
        return id;
    }

    public String sha256() {
        return sha256;
    }

    public String filename() {
        return filename;
    }

    public String mediaType() {
        return mediaType;
    }

    public long size() {
        return size;
    }

    public Optional<Long> parentId() {
        return Optional.ofNullable(parentId);
    }

    /** 0 for a file uploaded as itself, 1 for a file inside an uploaded archive, and so on. */
    public int archiveDepth() {
        return archiveDepth;
    }

    /** Title, byline, publisher, URL, language and the size of the text. */
    public Description description() {
        if (description == null) {
            // JPA leaves an embeddable whose columns are all null as null.
            description = new Description();
        }
        return description;
    }

    public Optional<PublicationDate> publicationDate() {
        return publicationDate == null || publicationDate.isEmpty() ? Optional.empty() : Optional.of(publicationDate);
    }

    /** Every publication date any source gave, the chosen one among them. */
    public List<DateCandidate> dateCandidates() {
        return List.copyOf(dateCandidates);
    }

    public Set<DateFlag> dateFlags() {
        if (dateFlags == null) {
            return EnumSet.noneOf(DateFlag.class);
        }
        return Arrays.stream(dateFlags.split(",")).map(DateFlag::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(DateFlag.class)));
    }

    public DocumentStatus status() {
        return status;
    }

    public Optional<FailureReason> failureReason() {
        return Optional.ofNullable(failureReason);
    }

    public Optional<String> failureMessage() {
        return Optional.ofNullable(failureMessage);
    }

    /** How often extraction was tried since the last retry by a person. */
    public int attempts() {
        return attempts;
    }

    public Optional<String> claimedBy() {
        return Optional.ofNullable(claimedBy);
    }

    public Optional<Instant> claimedAt() {
        return Optional.ofNullable(claimedAt);
    }

    public Optional<Instant> extractedAt() {
        return Optional.ofNullable(extractedAt);
    }

    /** Where a failed document failed. */
    public Optional<Stage> failedStage() {
        return Optional.ofNullable(failedStage);
    }

    /** How often analysis has been tried since the last retry or re-analysis. */
    public int analysisAttempts() {
        return analysisAttempts;
    }

    public Optional<Instant> analyzedAt() {
        return Optional.ofNullable(analyzedAt);
    }

    /** The day the last analysis resolved relative dates against, and where that day came from. */
    public Optional<LocalDate> referenceDate() {
        return Optional.ofNullable(referenceDate);
    }

    public Optional<ReferenceSource> referenceSource() {
        return Optional.ofNullable(referenceSource);
    }

    public String uploadedBy() {
        return uploadedBy;
    }

    public Instant uploadedAt() {
        return uploadedAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    /** The title when one was found, else the filename: what a list shows. */
    public String displayTitle() {
        return description().title().orElse(filename);
    }

    @Override
    public String toString() {
        return "Document[" + id + ", " + filename + ", " + status + "]";
    }
}
