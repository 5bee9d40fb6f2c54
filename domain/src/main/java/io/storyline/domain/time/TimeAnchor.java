package io.storyline.domain.time;

/** What a time expression's value was resolved against. */
public enum TimeAnchor {
    /** The expression names its date itself ("1 May 2024", "1998"). */
    ABSOLUTE,
    /** Relative ("on Wednesday"), resolved against the document's publication date. */
    PUBLICATION_DATE,
    /** Relative, resolved against the upload date because no publication date is known. */
    UPLOAD_DATE,
    /** A duration, a set, or an expression that could not be resolved. */
    UNRESOLVED
}
