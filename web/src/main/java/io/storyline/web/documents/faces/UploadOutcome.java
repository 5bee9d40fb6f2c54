package io.storyline.web.documents.faces;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What became of one file on the upload page: a new document, a duplicate, or a refusal with its reason; for a
 * document, its status as the pipeline moves it on.
 */
public final class UploadOutcome implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The three ways an upload can end. */
    public enum Kind { NEW, DUPLICATE, REJECTED }

    private final String filename;
    private final Kind kind;
    private final Long documentId;
    private final String message;
    private String status;
    private String failure;
    private String tags;
    private String applied;

    UploadOutcome(String filename, Kind kind, Long documentId, String message, String status) {
        this.filename = filename;
        this.kind = kind;
        this.documentId = documentId;
        this.message = message;
        this.status = status;
    }

    /** Records what the batch fields gave this file, as the table says it: publisher, date given, tags. */
    void applied(String publisher, LocalDate publishedOn, List<String> names) {
        this.tags = names.isEmpty() ? null : String.join(", ", names);
        List<String> parts = new ArrayList<>();
        if (publisher != null && !publisher.isBlank()) {
            parts.add("Publisher: " + publisher.strip());
        }
        if (publishedOn != null) {
            parts.add("Published: " + publishedOn);
        }
        if (tags != null) {
            parts.add("Tagged: " + tags);
        }
        this.applied = parts.isEmpty() ? null : String.join(" · ", parts);
    }

    void update(String newStatus, String newFailure) {
        this.status = newStatus;
        this.failure = newFailure;
    }

    /** Whether the pipeline may still move this document on. */
    public boolean isMoving() {
        return documentId != null && !"ANALYZED".equals(status) && !"FAILED".equals(status);
    }

    public String getFilename() {
        return filename;
    }

    public Kind getKind() {
        return kind;
    }

    public Long getDocumentId() {
        return documentId;
    }

    public String getMessage() {
        return message;
    }

    public String getStatus() {
        return status;
    }

    public String getFailure() {
        return failure;
    }

    /** The tags the document was given with this upload, comma-separated, or {@code null}. */
    /** What the batch fields gave this file ("Publisher: … · Published: … · Tagged: …"), or null. */
    public String getApplied() {
        return applied;
    }

    public String getTags() {
        return tags;
    }

    public boolean isDuplicate() {
        return kind == Kind.DUPLICATE;
    }
}
