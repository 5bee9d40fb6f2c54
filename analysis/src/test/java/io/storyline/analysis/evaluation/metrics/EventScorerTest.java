package io.storyline.analysis.evaluation.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class EventScorerTest {

    @Test
    void onlyIdenticalSpansMatchAndAttributesAreCountedOverMatches() {
        List<EventAnnotation> gold = List.of(
                new EventAnnotation(4, 8, "OCCURRENCE", "PAST", "NONE", "POS"),
                new EventAnnotation(20, 26, "REPORTING", "PRESENT", "PERFECTIVE", "POS"),
                new EventAnnotation(40, 47, "OCCURRENCE", "NONE", "NONE", "NEG"));
        List<EventAnnotation> predicted = List.of(
                new EventAnnotation(4, 8, "OCCURRENCE", "past", "NONE", "POS"), // all right, case aside
                new EventAnnotation(20, 26, "OCCURRENCE", "PRESENT", "NONE", null), // tense right only
                new EventAnnotation(40, 50, "OCCURRENCE", "NONE", "NONE", "NEG")); // span too long

        EventScore score = EventScorer.score(gold, predicted);

        assertEquals(new PrfCounts(2, 1, 1), score.strict());
        assertEquals(1.0, score.tenseAccuracy());
        assertEquals(0.5, score.aspectAccuracy());
        assertEquals(0.5, score.polarityAccuracy());
        assertEquals(0.5, score.classAccuracy());
    }

    @Test
    void oneGoldEventMatchesOnePredictionOnly() {
        List<EventAnnotation> gold = List.of(new EventAnnotation(0, 5, "OCCURRENCE", "PAST", "NONE", "POS"));
        List<EventAnnotation> predicted = List.of(new EventAnnotation(0, 5, null, null, null, null),
                new EventAnnotation(0, 5, null, null, null, null));

        EventScore score = EventScorer.score(gold, predicted);

        assertEquals(new PrfCounts(1, 1, 0), score.strict());
        assertEquals(0.0, score.tenseAccuracy());
    }

    @Test
    void anAnchorIsRightWhenItsDayIsTheLinkedTimesDay() {
        List<EventAnnotation> gold = List.of(
                new EventAnnotation(0, 4, null, null, null, null, "1998-11-20T19:30"),
                new EventAnnotation(10, 14, null, null, null, null, "1998-10-23"),
                new EventAnnotation(20, 24, null, null, null, null, "1998-10"),
                new EventAnnotation(30, 34, null, null, null, null, null));
        List<EventAnnotation> predicted = List.of(
                new EventAnnotation(0, 4, null, null, null, null, "1998-11-20"), // right, time of day aside
                new EventAnnotation(10, 14, null, null, null, null, "1998-11-20"), // wrong day
                new EventAnnotation(20, 24, null, null, null, null, null), // not anchored: missed
                new EventAnnotation(30, 34, null, null, null, null, "1998-11-20")); // gold links no time: unscored

        EventScore score = EventScorer.score(gold, predicted);

        assertEquals(new PrfCounts(1, 1, 2), score.times());
    }

    @Test
    void nothingPredictedIsZeroNotNaN() {
        EventScore score = EventScorer.score(List.of(new EventAnnotation(0, 5, null, null, null, null)), List.of());

        assertEquals(new PrfCounts(0, 0, 1), score.strict());
        assertEquals(0.0, score.classAccuracy());
    }
}
