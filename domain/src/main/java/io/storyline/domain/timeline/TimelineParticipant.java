package io.storyline.domain.timeline;

import io.storyline.domain.event.ParticipantRole;

/**
 * Who took part in an event, as a timeline shows it.
 *
 * @param entityId the canonical entity, or null for words only
 * @param name     the canonical entity's name, else the words of the text
 */
public record TimelineParticipant(Long entityId, String name, ParticipantRole role) {}
