package io.storyline.analysis.times;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storyline.analysis.pipeline.RealModels;
import io.storyline.domain.document.ReferenceSource;
import io.storyline.domain.time.TimeAnchor;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The corrections {@link TimeNormalizer} makes to SUTime, on the real models. */
class TimeNormalizerTest {

    private final TimeNormalizer normalizer = new TimeNormalizer();

    private List<FoundTime> times(String text, LocalDate reference) {
        return normalizer.normalize(RealModels.pipeline().annotate(text, reference), ReferenceSource.PUBLICATION_DATE);
    }

    private String value(String text, LocalDate reference, String words) {
        return times(text, reference).stream().filter(t -> t.text().equals(words)).findFirst()
                .map(FoundTime::value).orElseThrow(() -> new AssertionError("no \"" + words + "\" in " + times(text,
                        reference)));
    }

    // Wednesday 1 May 2024
    private static final LocalDate WEDNESDAY = LocalDate.of(2024, 5, 1);

    @Test
    void aWeekdayInThePastTenseIsTheLastOneAndInTheFutureTenseTheNextOne() {
        assertEquals("2024-04-26", value("The minister resigned Friday.", WEDNESDAY, "Friday"));
        assertEquals("2024-05-06", value("The minister will meet reporters Monday.", WEDNESDAY, "Monday"));
    }

    @Test
    void aMonthAndDayInThePastTenseAfterTheReferenceDayIsLastYears() {
        assertEquals("2023-10-23", value("The company was sold on Oct. 23.", WEDNESDAY, "Oct. 23"));
        String dividend = "The company declared a dividend payable Dec. 1 to holders of record Nov. 10.";
        assertEquals("1989-12-01", value(dividend, LocalDate.of(1989, 10, 27), "Dec. 1"),
                "a date that modifies an adjective takes no tense from the verb further up");
        assertEquals("1989-11-10", value(dividend, LocalDate.of(1989, 10, 27), "Nov. 10"));
    }

    @Test
    void yearsAgoNamesAYear() {
        assertEquals("1983", value("The bridge opened 41 years ago.", WEDNESDAY, "41 years ago"));
    }

    @Test
    void aQuarterNamedOnceIsTheQuarterTheStoryReportsOn() {
        LocalDate reference = LocalDate.of(1989, 10, 26);
        String text = "Third-quarter net income rose 5% to $20 million from $19 million a year earlier."
                + " Sales in the quarter were flat.";
        assertEquals("1989-Q3", value(text, reference, "Third-quarter"));
        assertEquals("1988-Q3", value(text, reference, "a year earlier"));
        assertEquals("1989-Q3", value(text, reference, "the quarter"));
    }

    @Test
    void withoutANamedQuarterTheQuarterIsTheLastCompleteOne() {
        assertEquals("1989-Q3", value("Profit fell in the quarter, the company said.", LocalDate.of(1989, 10, 26),
                "the quarter"));
    }

    @Test
    void namesThatLookLikeTimesAreNotTimes() {
        List<FoundTime> found = times("Jan Kavan met the SEC chairman. In that suit, the SEC accused him.", WEDNESDAY);
        assertTrue(found.isEmpty(), found.toString());
    }

    @Test
    void anExpressionResolvedAgainstTheReferenceDaySaysSoAndAnAbsoluteOneToo() {
        List<FoundTime> found = times("On Tuesday he recalled 4 May 2020.", WEDNESDAY);
        assertEquals(TimeAnchor.PUBLICATION_DATE, found.get(0).anchor());
        assertEquals(TimeAnchor.ABSOLUTE, found.get(1).anchor());
    }
}
