package io.storyline.domain.document;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

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
    static final int MAX_MESSAGE = Failure.MAX_MESSAGE;

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

    @Embedded
    private Provenance provenance;

    @Embedded
    private Description description = new Description();

    @Embedded
    private PublicationDates dates = new PublicationDates();

    @Embedded
    private Processing processing = new Processing();

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
        this.provenance = new Provenance(uploadedBy, at);
        this.updatedAt = at;
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
        provenance.foundInside(containerId, containerDepth);
    }

    /** Sets what the uploader said about the document; values found in the file never override these. */
    public void describeAtUpload(String publisher, PublicationDate publishedAt, Instant at) {
        description().givePublisher(publisher);
        if (publishedAt != null) {
            dates().giveAtUpload(publishedAt);
        }
        touch(at);
    }

    /**
     * A person corrects the publication date: it replaces the date chosen (and any date given at upload), no date
     * in the file overrides it, and the date flags are answered. Re-analysis reads relative dates from it.
     *
     * @throws IllegalArgumentException when the date is not a person's ({@link DateSource#UPLOAD})
     */
    public void correctPublicationDate(PublicationDate date, Instant at) {
        Objects.requireNonNull(date, "date");
        if (date.source() != DateSource.UPLOAD) {
            throw new IllegalArgumentException("a date a person gives has the source UPLOAD");
        }
        dates().correct(date);
        touch(at);
    }

    /** A worker takes the document for extraction; only a received document can be taken. */
    public void claimForExtraction(String worker, Instant at) {
        processing().claim(Stage.EXTRACTION, worker, at, this);
        touch(at);
    }

    /** Gives a claimed document back to the queue, after a crash or a passing failure. */
    public void releaseClaim(Instant at) {
        processing().release(Stage.EXTRACTION, this);
        touch(at);
    }

    /**
     * Records what extraction found and chooses the publication date. The publisher and date given at upload
     * and a language set by a person stay as they are. Text whose charset is uncertain is flagged for review.
     */
    public void completeExtraction(ExtractedMetadata found, PublicationDateResolver dates, Instant at) {
        processing().requireClaimedForExtraction(this);
        description().apply(found);
        dates().choose(found.dateCandidates(), dates, uploadedAt(),
                found.encodingUncertain() ? EnumSet.of(DateFlag.ENCODING_UNCERTAIN) : EnumSet.noneOf(DateFlag.class));
        processing().extracted(at);
        touch(at);
    }

    /**
     * The day the text speaks from, which relative time expressions are resolved against: the publication date,
     * else (and analysis says so) the day of the upload.
     */
    public LocalDate referenceDay() {
        return dates().dayOr(uploadedAt());
    }

    /** Where {@link #referenceDay()} comes from. */
    public ReferenceSource referenceDaySource() {
        return publicationDate().isPresent() ? ReferenceSource.PUBLICATION_DATE : ReferenceSource.UPLOAD_DATE;
    }

    /** The publication date the uploader gave, which no date found in the file replaces as a candidate. */
    public Optional<PublicationDate> dateGivenAtUpload() {
        return dates().givenAtUpload();
    }

    /**
     * The day the file's own dates (a dateline without a year) are read against, before extraction has chosen a
     * publication date: the date given at upload, else the upload day (so "JERUSALEM, May 1 -" in a 2024
     * article uploaded in 2026 with its date is 1 May 2024).
     */
    public LocalDate readingDay() {
        return dates().givenDayOr(uploadedAt());
    }

    /** A worker takes the document for analysis; only an extracted document can be taken. */
    public void claimForAnalysis(String worker, Instant at) {
        processing().claim(Stage.ANALYSIS, worker, at, this);
        touch(at);
    }

    /** Gives a document claimed for analysis back to the queue. */
    public void releaseAnalysisClaim(Instant at) {
        processing().release(Stage.ANALYSIS, this);
        touch(at);
    }

    /** Records that analysis finished, and which day relative dates were resolved against. */
    public void completeAnalysis(LocalDate reference, ReferenceSource source, Instant at) {
        processing().analyzed(reference, source, at, this);
        touch(at);
    }

    /** Whether the document can be analysed again: it was analysed, or its analysis (not its extraction) failed. */
    public boolean canBeReanalyzed() {
        return processing().canBeReanalyzed();
    }

    /**
     * Sends the document through analysis again (after rules, aliases or the taxonomy changed). Its text stays;
     * what people decided is re-applied to the new results.
     */
    public void reanalyze(Instant at) {
        processing().reanalyze(this);
        touch(at);
    }

    /** A person sets the language; extraction will not change it again. */
    public void setLanguageByPerson(String languageCode, Instant at) {
        description().setLanguageByPerson(languageCode);
        touch(at);
    }

    /** Records a failure with its reason and a message written for the person who uploaded the file. */
    public void markFailed(FailureReason reason, String message, Instant at) {
        processing().fail(reason, message);
        touch(at);
    }

    /**
     * Puts a failed document back where it failed: at the start of the pipeline, or before analysis when only its
     * analysis failed. Its original is untouched.
     */
    public void retry(Instant at) {
        processing().retry(this);
        touch(at);
    }

    /**
     * Puts an extracted, analysed or failed document back at the start of the pipeline, to be read again (after
     * an upgrade of the readers, say). What people decided stays.
     */
    public void reextract(Instant at) {
        processing().reextract(this);
        touch(at);
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
        return provenance.parentId();
    }

    /** 0 for a file uploaded as itself, 1 for a file inside an uploaded archive, and so on. */
    public int archiveDepth() {
        return provenance.archiveDepth();
    }

    /** Whether this is an archive, whose files are documents of their own ({@link MediaTypes#isArchive}). */
    public boolean isArchive() {
        return MediaTypes.isArchive(mediaType);
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
        return dates().chosen();
    }

    /** Every publication date any source gave, the chosen one among them. */
    public List<DateCandidate> dateCandidates() {
        return dates().candidates();
    }

    public Set<DateFlag> dateFlags() {
        return dates().flags();
    }

    public DocumentStatus status() {
        return processing().status();
    }

    public Optional<FailureReason> failureReason() {
        return processing().failure().map(Failure::reason);
    }

    public Optional<String> failureMessage() {
        return processing().failure().map(Failure::message);
    }

    /** Where a failed document failed. */
    public Optional<Stage> failedStage() {
        return processing().failedStage();
    }

    private PublicationDates dates() {
        if (dates == null) {
            dates = new PublicationDates();
        }
        return dates;
    }

    /** Attempts, claims and when each stage finished. */
    private Processing processing() {
        if (processing == null) {
            processing = new Processing();
        }
        return processing;
    }

    /** How often extraction was tried since the last retry by a person. */
    public int attempts() {
        return processing().attempts();
    }

    /** How often analysis has been tried since the last retry or re-analysis. */
    public int analysisAttempts() {
        return processing().analysisAttempts();
    }

    public Optional<String> claimedBy() {
        return processing().claimedBy();
    }

    public Optional<Instant> claimedAt() {
        return processing().claimedAt();
    }

    public Optional<Instant> extractedAt() {
        return processing().extractedAt();
    }

    public Optional<Instant> analyzedAt() {
        return processing().analyzedAt();
    }

    /** The day the last analysis resolved relative dates against, and where that day came from. */
    public Optional<LocalDate> referenceDate() {
        return processing().referenceDate();
    }

    public Optional<ReferenceSource> referenceSource() {
        return processing().referenceSource();
    }

    public String uploadedBy() {
        return provenance.uploadedBy();
    }

    public Instant uploadedAt() {
        return provenance.uploadedAt();
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
        return "document " + id;
    }
}
