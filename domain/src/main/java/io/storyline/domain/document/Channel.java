package io.storyline.domain.document;

/** How a file reached the archive. */
public enum Channel {
    /** The upload page. */
    PAGE,
    /** The REST API. */
    API,
    /** A bulk import of a server folder or ZIP. */
    IMPORT,
    /** Found inside an archive (ZIP) that reached the archive itself. */
    ARCHIVE
}
