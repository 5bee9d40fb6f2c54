package io.storyline.domain.common;

/** Whether a person looked at a machine result. Rejected results are not kept; their decision is. */
public enum ReviewState {
    UNREVIEWED,
    ACCEPTED
}
