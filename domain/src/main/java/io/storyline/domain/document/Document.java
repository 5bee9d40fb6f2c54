package io.storyline.domain.document;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One original in the archive. It is identified by the SHA-256 of its bytes (the key of the blob store),
 * and it moves through the pipeline by the methods that name each step; a failure is data, with a reason
 * from a closed set and a message a person can act on.
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

    @Column(name = "title", length = 2000)
    private String title;

    @Column(name = "byline", length = 1000)
    private String byline;

    @Column(name = "publisher", length = 500)
    private String publisher;

    @Column(name = "url", length = 2048)
    private String url;

    @Column(name = "language", length = 35)
    private String language;

    @Embedded
    private PublicationDate publicationDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private DocumentStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "failure_reason", length = 32)
    private FailureReason failureReason;

    @Column(name = "failure_message", length = MAX_MESSAGE)
    private String failureMessage;

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

    /** Sets what the uploader said about the document; values found in the file never override these. */
    public void describeAtUpload(String publisher, PublicationDate publishedAt, Instant at) {
        if (publisher != null && !publisher.isBlank()) {
            this.publisher = publisher.strip();
        }
        if (publishedAt != null) {
            this.publicationDate = publishedAt;
        }
        touch(at);
    }

    /** Records a failure with its reason and a message written for the person who uploaded the file. */
    public void markFailed(FailureReason reason, String message, Instant at) {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(message, "message");
        this.status = DocumentStatus.FAILED;
        this.failureReason = reason;
        this.failureMessage = message.length() > MAX_MESSAGE ? message.substring(0, MAX_MESSAGE) : message;
        touch(at);
    }

    /** Puts a failed document back at the start of the pipeline; its original is untouched. */
    public void retry(Instant at) {
        if (status != DocumentStatus.FAILED) {
            throw new IllegalStateException("only a failed document can be retried; document " + id + " is " + status);
        }
        this.status = DocumentStatus.RECEIVED;
        this.failureReason = null;
        this.failureMessage = null;
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

    public Optional<String> title() {
        return Optional.ofNullable(title);
    }

    public Optional<String> byline() {
        return Optional.ofNullable(byline);
    }

    public Optional<String> publisher() {
        return Optional.ofNullable(publisher);
    }

    public Optional<String> url() {
        return Optional.ofNullable(url);
    }

    public Optional<String> language() {
        return Optional.ofNullable(language);
    }

    public Optional<PublicationDate> publicationDate() {
        return publicationDate == null || publicationDate.isEmpty() ? Optional.empty() : Optional.of(publicationDate);
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
        return title != null && !title.isBlank() ? title : filename;
    }

    @Override
    public String toString() {
        return "Document[" + id + ", " + filename + ", " + status + "]";
    }
}
