package io.storyline.domain.curation;

/**
 * What a person decided. Mention decisions name a document and a character span; event decisions name a document
 * and the span of the event's trigger; {@link #NEVER_ENTITY} names a text and holds everywhere.
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
    /** The text {@code textValue} is never an entity, in any document. */
    NEVER_ENTITY(false, false),
    /** The event triggered at the span is right. */
    ACCEPT_EVENT(false, true),
    /** The span triggers no event. */
    REJECT_EVENT(false, true),
    /** The event triggered at the span is of type {@code typeValue}. */
    RETYPE_EVENT(false, true),
    /** The event triggered at the span happened at {@code dateValue} (a TIMEX3 value). */
    DATE_EVENT(false, true);

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
}
