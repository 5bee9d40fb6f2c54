package io.storyline.web.documents.faces;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What became of one file on the upload page: a new document, a duplicate, or a refusal with its reason; for a
 * document, its status as the pipeline moves it on. A file found inside an archive of the batch says which; an
 * archive counts its files ("2 of 3 analysed") instead of showing its own status, which says nothing of theirs.
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
    private String from;
    private Long archiveId;
    private boolean archive;
    private long inside = -1;
    private long analysed;
    private long failed;

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

    /** A document found inside the archive {@code archiveName} (document {@code archiveId}) of the batch. */
    static UploadOutcome inside(long id, String filename, String status, String archiveName, long archiveId) {
        UploadOutcome outcome = new UploadOutcome(filename, Kind.NEW, id, null, status);
        outcome.from = archiveName;
        outcome.archiveId = archiveId;
        return outcome;
    }

    void update(String newStatus, String newFailure) {
        this.status = newStatus;
        this.failure = newFailure;
    }

    /** This document is an archive: its files are documents of their own. */
    void markArchive() {
        this.archive = true;
    }

    /** How many documents were found inside this archive so far, and how many of them are analysed or failed. */
    void count(long found, long analysedCount, long failedCount) {
        this.inside = found;
        this.analysed = analysedCount;
        this.failed = failedCount;
    }

    /** Whether the pipeline may still move this document on (an archive: it or any of its files). */
    public boolean isMoving() {
        return ownMoving() || archive && !(inside >= 0 && analysed + failed >= inside);
    }

    /** Whether the pipeline may still move this document itself on. */
    boolean ownMoving() {
        return documentId != null && !"ANALYZED".equals(status) && !"FAILED".equals(status) && !"GONE".equals(status);
    }

    public boolean isArchive() {
        return archive;
    }

    /** An archive's files, counted: "2 of 3 analysed, 1 failed", or that it is still being opened. */
    public String getContents() {
        if (!archive) {
            return null;
        }
        if (inside < 0 || "RECEIVED".equals(status) || "EXTRACTING".equals(status)) {
            return "FAILED".equals(status) ? "could not be opened" : "being opened";
        }
        return analysed + " of " + inside + " analysed" + (failed > 0 ? ", " + failed + " failed" : "");
    }

    /** The archive this document was found in, for "from x.zip", or null. */
    public String getFrom() {
        return from;
    }

    Long getArchiveId() {
        return archiveId;
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
