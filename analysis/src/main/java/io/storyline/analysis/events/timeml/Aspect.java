package io.storyline.analysis.events.timeml;

/** TimeML's grammatical aspect: "is leaving" progressive, "has left" perfective, "has been leaving" both. */
public enum Aspect { PROGRESSIVE, PERFECTIVE, PERFECTIVE_PROGRESSIVE, NONE }
