package io.storyline.domain.event;

/** The part an entity plays in an event. */
public enum ParticipantRole {
    /** Who acts: the one who meets, says, attacks, protests. */
    AGENT,
    /** Who or what is acted on: the one accused, attacked, arrested; the place invaded. */
    TARGET,
    /** Who receives: the one told, given aid, appointed to. */
    RECIPIENT,
    /** Who takes part beside the agent: the other side of a meeting, a call, a negotiation. */
    PARTICIPANT
}
