package io.storyline.analysis.evaluation.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ExactSpanScorerTest {

    private record Span(int sentence, int start, int end, String type) {}

    @Test
    void onlyTheExactSpanWithTheRightTypeCounts() {
        List<Span> gold = List.of(new Span(0, 0, 2, "PER"), new Span(0, 5, 6, "LOC"), new Span(1, 0, 1, "ORG"));
        List<Span> predicted = List.of(
                new Span(0, 0, 2, "PER"), // right
                new Span(0, 5, 7, "LOC"), // one token too long
                new Span(1, 0, 1, "LOC")); // right span, wrong type

        EntityScore score = ExactSpanScorer.score(gold, predicted, Span::type);

        assertEquals(new PrfCounts(1, 0, 0), score.type("PER"));
        assertEquals(new PrfCounts(0, 2, 1), score.type("LOC"));
        assertEquals(new PrfCounts(0, 0, 1), score.type("ORG"));
        assertEquals(PrfCounts.ZERO, score.type("MISC"));
        assertEquals(new PrfCounts(1, 2, 2), score.overall());
    }

    @Test
    void twoAdjacentEntitiesAreNotOneLongOne() {
        List<Span> gold = List.of(new Span(0, 0, 1, "LOC"), new Span(0, 1, 2, "LOC"));

        EntityScore score = ExactSpanScorer.score(gold, List.of(new Span(0, 0, 2, "LOC")), Span::type);

        assertEquals(new PrfCounts(0, 1, 2), score.overall());
    }

    @Test
    void emptySidesAndUntypedPredictions() {
        assertEquals(new PrfCounts(0, 0, 1),
                ExactSpanScorer.score(List.of(new Span(0, 0, 1, "PER")), List.<Span>of(), Span::type).overall());
        assertEquals(new PrfCounts(0, 1, 0),
                ExactSpanScorer.score(List.<Span>of(), List.of(new Span(0, 0, 1, null)), Span::type).overall());
        assertEquals(PrfCounts.ZERO, ExactSpanScorer.score(List.<Span>of(), List.<Span>of(), Span::type).overall());
    }

    @Test
    void documentsAddUpPerType() {
        EntityScore first = ExactSpanScorer.score(List.of(new Span(0, 0, 1, "PER")), List.of(new Span(0, 0, 1, "PER")),
                Span::type);
        EntityScore second = ExactSpanScorer.score(List.of(new Span(0, 0, 1, "PER")), List.of(new Span(0, 0, 1, "ORG")),
                Span::type);

        EntityScore sum = first.plus(second);

        assertEquals(new PrfCounts(1, 0, 1), sum.type("PER"));
        assertEquals(new PrfCounts(0, 1, 0), sum.type("ORG"));
        assertEquals(0.5, sum.overall().f1(), 1e-9);
    }
}
