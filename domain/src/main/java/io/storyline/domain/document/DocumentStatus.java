package io.storyline.domain.document;

/** Where a document is on its way through the pipeline. Documented in API.md; never rename a value. */
public enum DocumentStatus {
    RECEIVED,
    EXTRACTING,
    EXTRACTED,
    ANALYZING,
    ANALYZED,
    FAILED;

    /** Whether the pipeline has nothing left to do with a document in this status. */
    public boolean isFinal() {
        return this == ANALYZED || this == FAILED;
    }
}
