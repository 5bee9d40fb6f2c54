package io.storyline.analysis.evaluation.metrics;

/**
 * MEANTIME figures, all by token overlap and one-to-one matching.
 *
 * @param entities every gold entity mention, type ignored
 * @param typedEntities every gold entity mention, type must be equal
 * @param namedEntities gold mentions with syntactic_type NAM only, type ignored
 * @param typedNamedEntities gold mentions with syntactic_type NAM only, type must be equal
 * @param events event mentions
 * @param times time expressions, TempEval-3 style with tokens in place of characters
 * @param participants (event, entity) pairs
 * @param newsEvents every gold event mention against the system's news events only
 */
public record MeantimeScore(PrfCounts entities, PrfCounts typedEntities, PrfCounts namedEntities,
        PrfCounts typedNamedEntities, PrfCounts events, TimeScore times, PrfCounts participants,
        PrfCounts newsEvents) {

    public static final MeantimeScore ZERO = new MeantimeScore(PrfCounts.ZERO, PrfCounts.ZERO, PrfCounts.ZERO,
            PrfCounts.ZERO, PrfCounts.ZERO, TimeScore.ZERO, PrfCounts.ZERO, PrfCounts.ZERO);

    public MeantimeScore plus(MeantimeScore other) {
        return new MeantimeScore(entities.plus(other.entities), typedEntities.plus(other.typedEntities),
                namedEntities.plus(other.namedEntities), typedNamedEntities.plus(other.typedNamedEntities),
                events.plus(other.events), times.plus(other.times), participants.plus(other.participants),
                newsEvents.plus(other.newsEvents));
    }
}
