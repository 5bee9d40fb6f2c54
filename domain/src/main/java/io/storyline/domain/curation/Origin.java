package io.storyline.domain.curation;

/** Who made a result: the machine, or a person. */
public enum Origin {
    MACHINE,
    PERSON
}
