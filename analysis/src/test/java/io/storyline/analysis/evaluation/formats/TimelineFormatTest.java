package io.storyline.analysis.evaluation.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class TimelineFormatTest {

    /** Laid out as the trial gold is: tabs between columns and between coreferring events, one bad date. */
    private static final String GOLD = "iPhone 3G\n"
            + "1\t2008-06-09\t12315-2-launched\t12315-3-launching\n"
            + "1\t2008-06-09\t12315-3-promoted\n"
            + "2\tXXX-XX-XX\t12315-4-provide\n"
            + "\n"
            + "3\t2010-06-24\t16844-23-discontinued\n";

    @Test
    void readsTheTargetThenOneLinePerGroupOfCoreferringEvents() throws GoldFormatException {
        TimelineFile timeline = new TimelineReader().parse(GOLD, "iphone_3g.txt");

        assertEquals("iPhone 3G", timeline.target());
        assertEquals(4, timeline.lines().size(), "the blank line is not an event");
        assertEquals(new TimelineFile.Line(1, "2008-06-09", List.of("12315-2-launched", "12315-3-launching")),
                timeline.lines().get(0));
        assertEquals("XXX-XX-XX", timeline.lines().get(2).date(), "dates are kept as written");
    }

    @Test
    void whatIsWrittenReadsBackTheSame() throws GoldFormatException {
        TimelineFile timeline = new TimelineFile("Steve Jobs", List.of(
                new TimelineFile.Line(0, TimelineFile.NO_DATE, List.of("18315-2-step")),
                new TimelineFile.Line(1, "2010-06", List.of("16844-2-unveiled", "16900-11-introduced"))));

        String written = new TimelineWriter().format(timeline);

        assertEquals("Steve Jobs\n0\tXXXX-XX-XX\t18315-2-step\n1\t2010-06\t16844-2-unveiled\t16900-11-introduced\n",
                written);
        assertEquals(timeline, new TimelineReader().parse(written, "written"));
    }

    @Test
    void aLineWithoutEventsOrPositionIsRefused() {
        assertThrows(GoldFormatException.class, () -> new TimelineReader().parse("iPod\n1\t2006-01\n", "a"));
        assertThrows(GoldFormatException.class, () -> new TimelineReader().parse("iPod\nfirst\t2006\t4678-5-use", "b"));
        assertThrows(GoldFormatException.class, () -> new TimelineReader().parse("\n\n", "c"));
    }
}
