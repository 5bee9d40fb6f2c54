package io.storyline.analysis.evaluation;

/**
 * An entity taking part in an event.
 *
 * @param event the event mention
 * @param entity the participant's mention
 * @param role the semantic role (Arg0, Arg1, ...), may be null; not scored
 */
public record Participation(CharSpan event, CharSpan entity, String role) {}
