package io.storyline.domain.entity;

/** Where an alias, gazetteer entry or event type came from. */
public enum KnowledgeOrigin {
    /** Shipped with Storyline and loaded once at the first start. */
    SEED,
    /** Added or changed by an admin. */
    PERSON
}
