package io.storyline.analysis.evaluation.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TimeScorerTest {

    private static TimeMention time(int begin, int end, String type, String value) {
        return new TimeMention(Extent.range(begin, end), type, value);
    }

    @Test
    void identicalSpansMatchStrictlyAndRelaxed() {
        TimeScore score = TimeScorer.score(List.of(time(0, 10, "DATE", "1998-01-08")),
                List.of(time(0, 10, "DATE", "1998-01-08")));

        assertEquals(new TimeScore(1, 1, 1, 1, 1, 1), score);
        assertEquals(1.0, score.valueF1(), 1e-9);
    }

    @Test
    void aWeekNumberWithOrWithoutItsLeadingZeroIsTheSameValue() {
        // TimeBank writes "2000-W8"; ISO 8601 and SUTime write "2000-W08"
        TimeScore same = TimeScorer.score(List.of(time(0, 9, "DATE", "2000-W8")), List.of(time(0, 9, "DATE", "2000-W08")));
        TimeScore other = TimeScorer.score(List.of(time(0, 9, "DATE", "2000-W8")), List.of(time(0, 9, "DATE", "2000-W18")));

        assertEquals(1, same.valueMatches());
        assertEquals(0, other.valueMatches());
    }

    @Test
    void partialOverlapIsOnlyARelaxedMatch() {
        // "the last twenty four hours" against a prediction of "twenty four hours"
        TimeScore score = TimeScorer.score(List.of(time(3, 29, "DURATION", "P1D")),
                List.of(time(12, 29, "DURATION", "PT24H")));

        assertEquals(0.0, score.strict().f1());
        assertEquals(1.0, score.relaxed().f1());
        assertEquals(1.0, score.typeAccuracy());
        assertEquals(0.0, score.valueAccuracy());
        assertEquals(0.0, score.valueF1());
    }

    @Test
    void twoPredictionsOverlappingOneGoldEarnOneMatchTheLargerOverlapWins() {
        // gold "March 6, 2008"; one system split it into "March 6" (7 chars) and "2008" (4 chars)
        TimeScore score = TimeScorer.score(List.of(time(0, 13, "DATE", "2008-03-06")),
                List.of(time(9, 13, "DATE", "2008"), time(0, 7, "DATE", "XXXX-03-06")));

        assertEquals(new PrfCounts(1, 1, 0), score.relaxed());
        assertEquals(0, score.valueMatches(), "the larger overlap, with the wrong value, took the match");
        assertEquals(new PrfCounts(0, 2, 1), score.strict());
    }

    @Test
    void oneToOneMatchingKeepsAPredictionFromCountingTwice() {
        TimeScore score = TimeScorer.score(List.of(time(0, 5, "DATE", "1998"), time(6, 10, "DATE", "1999")),
                List.of(time(0, 10, "DATE", "1998")));

        assertEquals(new PrfCounts(1, 0, 1), score.relaxed());
    }

    @Test
    void valueF1IsRelaxedF1TimesValueAccuracy() {
        List<TimeMention> gold = List.of(time(0, 4, "DATE", "1998"), time(10, 15, "DURATION", "P1W"),
                time(20, 25, "DATE", "PRESENT_REF"), time(30, 35, "SET", "P1D"));
        List<TimeMention> predicted = List.of(time(0, 4, "DATE", " 1998 "), time(11, 15, "DATE", "P1W"),
                time(20, 25, "DATE", "present_ref"), time(40, 44, "DATE", "1999"));

        TimeScore score = TimeScorer.score(gold, predicted);

        assertEquals(new PrfCounts(2, 2, 2), score.strict());
        assertEquals(new PrfCounts(3, 1, 1), score.relaxed());
        assertEquals(2.0 / 3, score.typeAccuracy(), 1e-9);
        assertEquals(2.0 / 3, score.valueAccuracy(), 1e-9, "values are trimmed, but case matters");
        assertEquals(0.75 * 2.0 / 3, score.valueF1(), 1e-9);
    }

    @Test
    void emptyPredictionsAndEmptyGoldScoreZeroWithoutDividingByZero() {
        TimeScore nothingPredicted = TimeScorer.score(List.of(time(0, 4, "DATE", "1998")), List.of());
        TimeScore nothingToFind = TimeScorer.score(List.of(), List.of(time(0, 4, "DATE", "1998")));

        assertEquals(new PrfCounts(0, 0, 1), nothingPredicted.relaxed());
        assertEquals(new PrfCounts(0, 1, 0), nothingToFind.strict());
        assertEquals(0.0, nothingPredicted.valueF1());
        assertEquals(0.0, nothingToFind.valueAccuracy());
        assertEquals(TimeScore.ZERO, TimeScorer.score(List.of(), List.of()));
    }

    @Test
    void anEmptyPredictedSpanNeverMatches() {
        TimeScore score = TimeScorer.score(List.of(time(0, 4, "DATE", "1998")), List.of(time(2, 2, "DATE", "1998")));

        assertEquals(new PrfCounts(0, 1, 1), score.relaxed());
        assertEquals(new PrfCounts(0, 1, 1), score.strict());
    }
}
