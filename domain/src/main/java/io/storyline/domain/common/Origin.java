package io.storyline.domain.common;

/** Who made a result: the machine, or a person. */
public enum Origin {
    MACHINE,
    PERSON
}
