package io.storyline.domain.document;

/** The closed set of reasons a document can fail for (API.md). Each comes with a readable message. */
public enum FailureReason {
    ENCRYPTED,
    CORRUPT,
    UNSUPPORTED_TYPE,
    TOO_LARGE,
    TIMEOUT,
    NO_TEXT,
    NEEDS_OCR,
    INTERNAL
}
