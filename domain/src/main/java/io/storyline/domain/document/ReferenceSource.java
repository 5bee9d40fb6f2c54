package io.storyline.domain.document;

/** Where the day that relative time expressions are resolved against comes from. */
public enum ReferenceSource {
    /** The document's publication date. */
    PUBLICATION_DATE,
    /** No publication date is known: the day the document was uploaded, which may be much later. */
    UPLOAD_DATE
}
