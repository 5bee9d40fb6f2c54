package io.storyline.analysis.events;

import io.storyline.analysis.entities.DocumentEntity;
import io.storyline.domain.event.ParticipantRole;

/**
 * Who took part in an event, and the words in the text that say so.
 *
 * @param entity the document's entity, or {@code null} for a group the text only describes ("protesting families")
 */
public record FoundParticipant(String name, DocumentEntity entity, ParticipantRole role, int begin, int end) {
}
