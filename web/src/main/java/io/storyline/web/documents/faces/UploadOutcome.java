package io.storyline.web.documents.faces;

import java.io.Serializable;

/** What became of one file on the upload page: a new document, a duplicate, or a refusal with its reason. */
public final class UploadOutcome implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The three ways an upload can end. */
    public enum Kind { NEW, DUPLICATE, REJECTED }

    private final String filename;
    private final Kind kind;
    private final Long documentId;
    private final String message;

    UploadOutcome(String filename, Kind kind, Long documentId, String message) {
        this.filename = filename;
        this.kind = kind;
        this.documentId = documentId;
        this.message = message;
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
}
