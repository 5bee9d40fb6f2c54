package io.storyline.domain.tag;

/** Who put a tag on a document. */
public enum TagOrigin {
    /** The machine (a rule of the tag taxonomy). */
    AUTO,
    /** A person. */
    MANUAL
}
