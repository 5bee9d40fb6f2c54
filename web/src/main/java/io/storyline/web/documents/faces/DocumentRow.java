package io.storyline.web.documents.faces;

import io.storyline.domain.document.Document;
import io.storyline.domain.document.PublicationDate;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** One line of the documents table; a read-only view model with getters, as Faces EL needs. */
public final class DocumentRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final String title;
    private final String filename;
    private final String mediaType;
    private final long size;
    private final String status;
    private final String failure;
    private final String failureReason;
    private final String language;
    private final String dateFlags;
    private final String uploadedBy;
    private final Instant uploadedAt;
    private final String publisher;
    private final String publishedAt;
    private final List<String> tags;

    DocumentRow(Document d, List<String> tags) {
        this.id = d.id();
        this.title = d.displayTitle();
        this.filename = d.filename();
        this.mediaType = d.mediaType();
        this.size = d.size();
        this.status = d.status().name();
        this.failure = d.failureMessage().orElse(null);
        this.failureReason = d.failureReason().map(Enum::name).orElse(null);
        this.language = d.description().language().orElse(null);
        this.dateFlags = d.dateFlags().isEmpty() ? null : d.dateFlags().toString();
        this.uploadedBy = d.uploadedBy();
        this.uploadedAt = d.uploadedAt();
        this.publisher = d.description().publisher().orElse(null);
        this.publishedAt = d.publicationDate().map(PublicationDate::iso).orElse(null);
        this.tags = List.copyOf(tags);
    }

    public String getPublisher() {
        return publisher;
    }

    /** The publication date as ISO text (a day, or a day and time), or {@code null}. */
    public String getPublishedAt() {
        return publishedAt;
    }

    public List<String> getTags() {
        return tags;
    }

    public long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getFilename() {
        return filename;
    }

    public String getMediaType() {
        return mediaType;
    }

    public long getSize() {
        return size;
    }

    public String getStatus() {
        return status;
    }

    public String getFailure() {
        return failure;
    }

    public String getFailureReason() {
        return failureReason;
    }

    public String getLanguage() {
        return language;
    }

    public String getDateFlags() {
        return dateFlags;
    }

    public boolean isFailed() {
        return "FAILED".equals(status);
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public java.util.Date getUploadedAt() {
        return java.util.Date.from(uploadedAt);
    }
}
