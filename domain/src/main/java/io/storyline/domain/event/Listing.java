package io.storyline.domain.event;

/**
 * Whether a report of an event is one a reader lists, and if not, why. Every report stays found (the evaluation
 * scores mentions); the document page and the timeline show the listed ones: one per happening.
 */
public enum Listing {
    /** A happening, told by this report (its first in a clause of its own). */
    LISTED,
    /** Another report of a happening listed at its first report ("reaffirms" in the headline, "reiterated" later). */
    REPEAT,
    /** Only names where the news comes from: "..., the Department of State said", "the statement said". */
    SOURCE,
    /** Only names what the news is about: "efforts to reach a ceasefire", "the meeting comes amid ...". */
    TOPIC
}
