package io.storyline.domain.timeline;

/** What an editor said about two reports of events. */
public enum EventLinkKind {
    /** They report the same real-world event: one timeline entry. */
    SAME,
    /** They report different events: never one entry, whatever the machine thinks. */
    DIFFERENT
}
