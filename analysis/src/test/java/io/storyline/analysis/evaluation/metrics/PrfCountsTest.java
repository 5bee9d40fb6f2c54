package io.storyline.analysis.evaluation.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PrfCountsTest {

    @Test
    void precisionRecallAndF1ComeFromTheCounts() {
        PrfCounts counts = new PrfCounts(6, 2, 4);

        assertEquals(0.75, counts.precision(), 1e-9);
        assertEquals(0.6, counts.recall(), 1e-9);
        assertEquals(2 * 0.75 * 0.6 / 1.35, counts.f1(), 1e-9);
        assertEquals(8, counts.predicted());
        assertEquals(10, counts.gold());
    }

    @Test
    void undefinedRatiosAreZeroNotNaN() {
        assertEquals(0.0, PrfCounts.ZERO.precision());
        assertEquals(0.0, PrfCounts.ZERO.recall());
        assertEquals(0.0, PrfCounts.ZERO.f1());
        assertEquals(0.0, new PrfCounts(0, 3, 0).f1(), "all wrong, nothing to find");
        assertEquals(0.0, new PrfCounts(0, 0, 3).precision(), "nothing predicted");
    }

    @Test
    void documentsAddUpAsAMicroAverage() {
        PrfCounts sum = new PrfCounts(1, 0, 0).plus(new PrfCounts(0, 1, 9));

        assertEquals(new PrfCounts(1, 1, 9), sum);
        assertEquals(0.1, sum.recall(), 1e-9);
        assertEquals(PrfCounts.ofMatches(2, 5, 3), new PrfCounts(2, 3, 1));
    }

    @Test
    void negativeCountsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> PrfCounts.ofMatches(3, 2, 5));
    }
}
