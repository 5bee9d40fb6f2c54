package io.storyline.analysis.events.timeml;

/**
 * TimeML's event classes: things said ({@link #REPORTING}), acts and states that introduce another event
 * ({@link #I_ACTION} "tried to", {@link #I_STATE} "wants to"), the start or end of one ({@link #ASPECTUAL}),
 * what is seen or heard ({@link #PERCEPTION}), circumstances ({@link #STATE}) and everything that happens.
 */
public enum EventClass { OCCURRENCE, STATE, REPORTING, I_ACTION, I_STATE, ASPECTUAL, PERCEPTION }
