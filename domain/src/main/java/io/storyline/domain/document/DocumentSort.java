package io.storyline.domain.document;

/** The orders a document listing can come in; ties are broken by id, so paging is stable. */
public enum DocumentSort {
    /** Last uploaded first (the default). */
    UPLOADED_NEWEST,
    UPLOADED_OLDEST,
    /** Last published first; documents without a publication date at the end. */
    PUBLISHED_NEWEST,
    /** First published first; documents without a publication date at the end. */
    PUBLISHED_OLDEST,
    /** By title (the filename when there is none), A to Z, ignoring case. */
    TITLE
}
