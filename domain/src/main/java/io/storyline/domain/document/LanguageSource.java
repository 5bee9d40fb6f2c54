package io.storyline.domain.document;

/** Where a document's language came from. A person's choice is never overwritten by extraction. */
public enum LanguageSource {
    /** Detected from the extracted text. */
    DETECTED,
    /** Declared by the file (an HTML {@code lang} attribute) where the text was too short to detect. */
    DECLARED,
    /** Set by a person. */
    MANUAL
}
