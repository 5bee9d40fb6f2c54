package io.storyline.domain.entity;

/** How a mention was found. */
public enum MentionSource {
    /** The statistical recogniser tagged the name. */
    RECOGNISER,
    /** A gazetteer entry matched the name. */
    GAZETTEER,
    /** A description like "the top US diplomat" or "the Secretary", resolved to the one person it can mean here. */
    DESCRIPTION,
    /** An abbreviation the document introduced ("Israel Defense Forces (IDF)"). */
    ABBREVIATION,
    /** A person marked the mention. */
    PERSON
}
