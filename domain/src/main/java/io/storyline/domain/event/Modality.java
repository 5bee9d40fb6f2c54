package io.storyline.domain.event;

/** How the text presents an event. Documented in API.md; never rename a value. */
public enum Modality {
    /** Said to have happened. */
    ASSERTED,
    /** Said not to have happened ("did not meet"). */
    NEGATED,
    /** Planned, threatened, hoped for or otherwise in the future ("will carry out an operation"). */
    PLANNED,
    /** Reported by someone the text quotes ("it was reported that ..."). */
    REPORTED
}
