package io.storyline.analysis.events.timeml;

/** TimeML's tense of an event mention; a noun's is {@link #NONE}, and so is one with a modal other than "will". */
public enum Tense { PAST, PRESENT, FUTURE, INFINITIVE, PRESPART, PASTPART, NONE }
