package io.storyline.analysis.evaluation.metrics;

import java.util.List;

/**
 * What MEANTIME marks in one document (or what a system predicted for it), in tokens.
 *
 * @param entities entity mentions
 * @param events event mentions
 * @param times time expressions
 * @param participants (event, entity) pairs
 * @param newsEvents the event mentions a system's news taxonomy types (for gold, every event mention)
 */
public record MeantimeAnnotations(List<EntityMention> entities, List<Extent> events, List<TimeMention> times,
        List<ParticipantPair> participants, List<Extent> newsEvents) {

    public static final MeantimeAnnotations EMPTY = new MeantimeAnnotations(List.of(), List.of(), List.of(), List.of());

    public MeantimeAnnotations {
        entities = List.copyOf(entities);
        events = List.copyOf(events);
        times = List.copyOf(times);
        participants = List.copyOf(participants);
        newsEvents = List.copyOf(newsEvents);
    }

    /** Annotations whose events are all news events (gold, or a system without a wider layer). */
    public MeantimeAnnotations(List<EntityMention> entities, List<Extent> events, List<TimeMention> times,
            List<ParticipantPair> participants) {
        this(entities, events, times, participants, events);
    }
}
