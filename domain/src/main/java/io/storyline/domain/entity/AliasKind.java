package io.storyline.domain.entity;

/** What an alias stands for. */
public enum AliasKind {
    /** Another name of one entity: "al-Quds" is Jerusalem, "U.S." is the United States. */
    NAME,
    /**
     * A description of whoever holds a title in the document: "top US diplomat" means the person the document calls
     * "US Secretary of State". Its canonical value is that title.
     */
    DESCRIPTION
}
