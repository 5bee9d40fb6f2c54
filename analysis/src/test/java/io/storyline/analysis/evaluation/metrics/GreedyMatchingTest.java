package io.storyline.analysis.evaluation.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class GreedyMatchingTest {

    @Test
    void theLargestOverlapIsMatchedFirstAndEachSideOnlyOnce() {
        List<Extent> gold = List.of(Extent.range(0, 10), Extent.range(10, 12));
        List<Extent> predicted = List.of(Extent.range(8, 12), Extent.range(0, 9));

        List<GreedyMatching.Pair> pairs = GreedyMatching.match(gold.size(), predicted.size(),
                (g, p) -> gold.get(g).overlap(predicted.get(p)));

        assertEquals(List.of(new GreedyMatching.Pair(0, 1, 9), new GreedyMatching.Pair(1, 0, 2)), pairs);
    }

    @Test
    void extentsCompareByTheUnitsTheyCover() {
        assertEquals(Extent.range(2, 4), Extent.of(List.of(3, 2)));
        assertEquals(0, Extent.range(0, 3).overlap(Extent.range(3, 5)), "end is exclusive");
        assertTrue(Extent.range(5, 2).isEmpty());
        assertEquals(2, Extent.of(List.of(1, 5)).overlap(Extent.range(0, 10)));
    }
}
