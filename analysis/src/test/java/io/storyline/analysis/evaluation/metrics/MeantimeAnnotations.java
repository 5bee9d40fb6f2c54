package io.storyline.analysis.evaluation.metrics;

import java.util.List;

/**
 * What MEANTIME marks in one document (or what a system predicted for it), in tokens.
 *
 * @param entities entity mentions
 * @param events event mentions
 * @param times time expressions
 * @param participants (event, entity) pairs
 */
public record MeantimeAnnotations(List<EntityMention> entities, List<Extent> events, List<TimeMention> times,
        List<ParticipantPair> participants) {

    public static final MeantimeAnnotations EMPTY = new MeantimeAnnotations(List.of(), List.of(), List.of(), List.of());

    public MeantimeAnnotations {
        entities = List.copyOf(entities);
        events = List.copyOf(events);
        times = List.copyOf(times);
        participants = List.copyOf(participants);
    }
}
