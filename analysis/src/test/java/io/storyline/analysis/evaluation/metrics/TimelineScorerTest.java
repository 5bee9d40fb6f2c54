package io.storyline.analysis.evaluation.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class TimelineScorerTest {

    private static final String NO_DATE = "XXXX-XX-XX";

    private static OrderedEvent event(String id, int position, String date) {
        return new OrderedEvent(id, position, date);
    }

    @Test
    void theGoldItselfScoresFull() {
        List<OrderedEvent> gold = List.of(
                event("16844-2-unveiled", 1, "2010-06-07"),
                event("16900-11-introduced", 1, "2010-06-07"),
                event("16844-7-reduction", 2, "2010-06-08"));

        RelationCounts counts = TimelineScorer.score(gold, gold);

        // 3 event-date links, unveiled = introduced, both before reduction.
        assertEquals(new RelationCounts(6, 6, 6, 6), counts);
        assertEquals(1.0, counts.f1(), 1e-9);
    }

    @Test
    void aReversedOrderKeepsOnlyTheDates() {
        List<OrderedEvent> gold = List.of(event("a", 1, "2006-03"), event("b", 2, "2006-05-08"));
        List<OrderedEvent> reversed = List.of(event("b", 1, "2006-05-08"), event("a", 2, "2006-03"));

        RelationCounts counts = TimelineScorer.score(gold, reversed);

        assertEquals(new RelationCounts(3, 2, 3, 2), counts, "b before a is wrong; both dates are right");
        assertEquals(0.0, TimelineScorer.score(List.of(event("a", 1, NO_DATE), event("b", 2, NO_DATE)),
                List.of(event("b", 1, NO_DATE), event("a", 2, NO_DATE))).f1(), "nothing but the order to get right");
    }

    @Test
    void aMissedEventCostsRecallOnly() {
        List<OrderedEvent> gold = List.of(event("a", 1, NO_DATE), event("b", 1, NO_DATE), event("c", 2, NO_DATE));
        List<OrderedEvent> predicted = List.of(event("a", 1, NO_DATE), event("c", 2, NO_DATE));

        RelationCounts counts = TimelineScorer.score(gold, predicted);

        assertEquals(new RelationCounts(1, 1, 3, 1), counts, "a = b and b < c name b, which the system never saw");
        assertEquals(1.0, counts.precision(), 1e-9);
        assertEquals(1.0 / 3, counts.recall(), 1e-9);
        assertEquals(0.5, counts.f1(), 1e-9);
    }

    @Test
    void orderIsTransitive() {
        List<OrderedEvent> chain = List.of(event("a", 1, NO_DATE), event("b", 2, NO_DATE), event("c", 3, NO_DATE));
        List<OrderedEvent> ends = List.of(event("a", 1, NO_DATE), event("c", 2, NO_DATE));

        assertEquals(new RelationCounts(1, 1, 2, 0), TimelineScorer.score(chain, ends),
                "a < b < c implies the predicted a < c; the gold's a < b and b < c name b");
        assertEquals(new RelationCounts(2, 0, 1, 1), TimelineScorer.score(ends, chain),
                "the predicted chain implies the gold's a < c");
    }

    @Test
    void aSharedDateMakesEventsSimultaneous() {
        List<OrderedEvent> gold = List.of(event("a", 1, "2010-06-07"), event("c", 1, "2010-06-07"));
        List<OrderedEvent> predicted = List.of(event("a", 1, "2010-06-07"), event("c", 2, "2010-06-07"));

        assertEquals(new RelationCounts(3, 2, 3, 3), TimelineScorer.score(gold, predicted),
                "a < c is not in the gold; the gold's a = c follows from both being on 7 June");
    }

    @Test
    void unknownDatePartsAreDropped() {
        assertEquals(new RelationCounts(1, 1, 1, 1), TimelineScorer.score(List.of(event("a", 1, "2008-03-XX")),
                List.of(event("a", 1, "2008-03"))));
        assertEquals(new RelationCounts(0, 0, 0, 0), TimelineScorer.score(List.of(event("a", 0, "XXX-XX-XX")),
                List.of(event("a", 0, NO_DATE))), "an undated event alone relates to nothing");
    }

    @Test
    void timelinesAddUpAsAMicroAverage() {
        TimelineScore sum = TimelineScore.of("iPod", new RelationCounts(4, 1, 2, 2))
                .plus(TimelineScore.of("Steve Jobs", new RelationCounts(0, 0, 8, 0)));

        assertEquals(new RelationCounts(4, 1, 10, 2), sum.overall());
        assertEquals(0.25, sum.overall().precision(), 1e-9);
        assertEquals(0.2, sum.overall().recall(), 1e-9);
        assertEquals(List.of("Steve Jobs", "iPod"), List.copyOf(sum.byTimeline().keySet()));
        assertEquals(RelationCounts.ZERO, sum.timeline("iPhone 4"));
        assertThrows(IllegalArgumentException.class, () -> new RelationCounts(1, 2, 0, 0));
    }
}
