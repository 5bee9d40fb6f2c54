package io.storyline.analysis.evaluation.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class MeantimeScorerTest {

    private static Extent tokens(Integer... indexes) {
        return Extent.of(List.of(indexes));
    }

    private static EntityMention gold(String type, String syntacticType, Integer... indexes) {
        return new EntityMention(tokens(indexes), type, syntacticType);
    }

    private static EntityMention predicted(String type, Integer... indexes) {
        return new EntityMention(tokens(indexes), type, null);
    }

    private static MeantimeAnnotations entities(List<EntityMention> entities) {
        return new MeantimeAnnotations(entities, List.of(), List.of(), List.of());
    }

    /** "Apple CEO Steve Jobs said he ...": tokens 0 Apple, 1 CEO, 2 Steve, 3 Jobs, 4 said, 5 he. */
    private static final List<EntityMention> GOLD = List.of(
            gold("ORG", "NAM", 0),
            gold("PER", "NOM", 1),
            gold("PER", "NAM", 2, 3),
            gold("PER", "PRO", 5));

    @Test
    void mentionsMatchByTokenOverlapTypedAndUntyped() {
        MeantimeScore score = MeantimeScorer.score(entities(GOLD), entities(List.of(
                predicted("ORG", 0),
                predicted("ORG", 3), // overlaps "Steve Jobs" with the wrong type
                predicted("PERSON", 5)))); // a type MEANTIME does not use

        assertEquals(new PrfCounts(3, 0, 1), score.entities());
        assertEquals(new PrfCounts(1, 2, 3), score.typedEntities());
    }

    @Test
    void namedOnlyScoringIgnoresPredictionsOnUnnamedGoldMentions() {
        MeantimeScore score = MeantimeScorer.score(entities(GOLD), entities(List.of(
                predicted("PER", 2, 3),
                predicted("PER", 1), // on the description "CEO": not judged
                predicted("PER", 5), // on the pronoun: not judged
                predicted("LOC", 4)))); // on nothing at all: wrong

        assertEquals(new PrfCounts(1, 1, 1), score.namedEntities());
        assertEquals(new PrfCounts(1, 1, 1), score.typedNamedEntities());
        assertEquals(new PrfCounts(3, 1, 1), score.entities());
    }

    @Test
    void twoPredictionsOnOneNamedMentionMakeOneMatchAndOneError() {
        MeantimeScore score = MeantimeScorer.score(entities(GOLD), entities(List.of(
                predicted("PER", 2), predicted("PER", 3))));

        assertEquals(new PrfCounts(1, 1, 1), score.namedEntities());
    }

    @Test
    void eventsMatchOnAnySharedTokenEvenWhenDiscontinuous() {
        MeantimeAnnotations gold = new MeantimeAnnotations(List.of(), List.of(tokens(3, 7), tokens(10)), List.of(),
                List.of());
        MeantimeAnnotations predicted = new MeantimeAnnotations(List.of(), List.of(tokens(7), tokens(11)), List.of(),
                List.of());

        assertEquals(new PrfCounts(1, 1, 1), MeantimeScorer.score(gold, predicted).events());
    }

    @Test
    void timesAreScoredTheTempEvalWayOnTokens() {
        MeantimeAnnotations gold = new MeantimeAnnotations(List.of(), List.of(),
                List.of(new TimeMention(tokens(8, 9, 10, 11), "DATE", "2008-03-06")), List.of());
        MeantimeAnnotations predicted = new MeantimeAnnotations(List.of(), List.of(),
                List.of(new TimeMention(tokens(8, 9), "DATE", "2008-03-06")), List.of());

        TimeScore times = MeantimeScorer.score(gold, predicted).times();

        assertEquals(new PrfCounts(0, 1, 1), times.strict());
        assertEquals(1.0, times.valueF1(), 1e-9);
    }

    @Test
    void aParticipantCountsWhenBothEventAndEntityOverlapAGoldPair() {
        ParticipantPair saidJobs = new ParticipantPair(tokens(4), tokens(2, 3));
        ParticipantPair saidApple = new ParticipantPair(tokens(4), tokens(0));
        MeantimeAnnotations gold = new MeantimeAnnotations(List.of(), List.of(), List.of(),
                List.of(saidJobs, saidApple, saidApple));
        MeantimeAnnotations predicted = new MeantimeAnnotations(List.of(), List.of(), List.of(), List.of(
                new ParticipantPair(tokens(4), tokens(3)), // "said" - "Jobs": right
                new ParticipantPair(tokens(5), tokens(0)))); // wrong event

        assertEquals(new PrfCounts(1, 1, 1), MeantimeScorer.score(gold, predicted).participants());
    }

    @Test
    void emptyGoldAndEmptyPredictions() {
        assertEquals(new PrfCounts(0, 0, 4), MeantimeScorer.score(entities(GOLD), MeantimeAnnotations.EMPTY).entities());
        assertEquals(new PrfCounts(0, 2, 0),
                MeantimeScorer.score(MeantimeAnnotations.EMPTY, entities(List.of(predicted("PER", 0), predicted("ORG", 1))))
                        .namedEntities());
        assertEquals(MeantimeScore.ZERO, MeantimeScorer.score(MeantimeAnnotations.EMPTY, MeantimeAnnotations.EMPTY));
    }
}
