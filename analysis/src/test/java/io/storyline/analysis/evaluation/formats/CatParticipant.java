package io.storyline.analysis.evaluation.formats;

/**
 * A {@code HAS_PARTICIPANT} relation from an event mention to an entity mention.
 *
 * @param eventId the event mention's {@code m_id}
 * @param entityId the entity mention's {@code m_id}
 * @param role the {@code sem_role} (Arg0, Arg1, Argm-LOC, ...), or null
 */
public record CatParticipant(String eventId, String entityId, String role) {}
