package io.storyline.analysis.evaluation.metrics;

import java.util.Objects;

/**
 * An event and one of its participants, by the tokens of both mentions.
 *
 * @param event the event mention's tokens
 * @param entity the participant entity mention's tokens
 */
public record ParticipantPair(Extent event, Extent entity) {

    public ParticipantPair {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(entity, "entity");
    }

    /** Both sides must overlap; the better they overlap, the earlier the pair is matched. */
    int overlap(ParticipantPair other) {
        int events = event.overlap(other.event);
        int entities = entity.overlap(other.entity);
        return events > 0 && entities > 0 ? events + entities : 0;
    }
}
