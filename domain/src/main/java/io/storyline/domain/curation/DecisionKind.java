package io.storyline.domain.curation;

/**
 * What a person decided. Mention decisions name a document and a character span; event decisions name a document
 * and the span of the event's trigger; {@link #DATE_DOCUMENT} names a document as a whole; {@link #NEVER_ENTITY}
 * names a text and holds everywhere.
 */
public enum DecisionKind {
    /** The mention at the span is right. */
    ACCEPT_MENTION(true, false),
    /** The span is not a mention of any entity. */
    REJECT_MENTION(true, false),
    /** The mention at the span refers to entity {@code entityId}. */
    LINK_MENTION(true, false),
    /** A mention the machine missed: the span refers to entity {@code entityId}. */
    ADD_MENTION(true, false),
    /** The mention at the span is of type {@code typeValue}; it refers to entity {@code entityId} of that type. */
    RETYPE_MENTION(true, false),
    /** The text {@code textValue} is never an entity, in any document. */
    NEVER_ENTITY(false, false),
    /** The event triggered at the span is right. */
    ACCEPT_EVENT(false, true),
    /** The span triggers no event. */
    REJECT_EVENT(false, true),
    /** The event triggered at the span is of type {@code typeValue}. */
    RETYPE_EVENT(false, true),
    /** The event triggered at the span happened at {@code dateValue} (a TIMEX3 value). */
    DATE_EVENT(false, true),
    /** The event triggered at the span happened at {@code textValue}, entity {@code entityId} when known. */
    PLACE_EVENT(false, true),
    /** The event's participants are those in {@code detailValue} ({@link EventParticipants} encoding). */
    PARTICIPANTS_EVENT(false, true),
    /**
     * The document was published on {@code dateValue} (an ISO date, or date-time with offset): its relative dates
     * ("on Wednesday") are read from it.
     */
    DATE_DOCUMENT(false, false),
    /** Entity {@code entityId} is the same as entity {@code targetEntityId}: its mentions follow there. */
    MERGE_ENTITY(false, false),
    /** Some of entity {@code entityId}'s names ({@code detailValue}) are entity {@code targetEntityId}. */
    SPLIT_ENTITY(false, false),
    /** Entity {@code entityId} also goes by {@code textValue}. */
    ADD_ALIAS(false, false),
    /** Entity {@code entityId} no longer goes by {@code textValue}. */
    REMOVE_ALIAS(false, false);

    private final boolean aboutMention;
    private final boolean aboutEvent;

    DecisionKind(boolean aboutMention, boolean aboutEvent) {
        this.aboutMention = aboutMention;
        this.aboutEvent = aboutEvent;
    }

    public boolean aboutMention() {
        return aboutMention;
    }

    public boolean aboutEvent() {
        return aboutEvent;
    }

    /** Whether the decision is about a document as a whole, not a place in its text. */
    public boolean aboutDocument() {
        return this == DATE_DOCUMENT;
    }

    /** Whether the decision is about an entity as a whole, not one document. */
    public boolean aboutEntity() {
        return this == MERGE_ENTITY || this == SPLIT_ENTITY || this == ADD_ALIAS || this == REMOVE_ALIAS;
    }
}
