package io.storyline.web.timeline.faces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storyline.analysis.timeline.Citation;
import io.storyline.analysis.timeline.DateReport;
import io.storyline.analysis.timeline.EntryDate;
import io.storyline.analysis.timeline.Timeline;
import io.storyline.analysis.timeline.TimelineEntry;
import io.storyline.domain.event.ParticipantRole;
import io.storyline.domain.timeline.TimelineParticipant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.primefaces.model.timeline.TimelineEvent;
import org.primefaces.model.timeline.TimelineGroup;

/**
 * The visual timeline's texts go into a script and then into the page as HTML: names holding markup, quotes,
 * backslashes and a closing script tag come out as text that can neither end the string, nor the script, nor
 * become an element.
 */
class TimelineChartTest {

    private static final String NAME = "Linda <img src='x' onerror='window.__pwned=1'> \"Greenfield\" \\ </script>\u2028";

    private static Timeline timeline() {
        EntryDate date = EntryDate.parse("2024-05-01").orElseThrow();
        TimelineEntry entry = new TimelineEntry("1:20-23", date, List.of(new DateReport(date, List.of(1L))), false,
                "MEETING", "Meeting <b>or</b> visit", NAME + " met Merkel",
                List.of(new TimelineParticipant(3L, NAME, ParticipantRole.AGENT)), null, List.of(7L),
                List.of(new Citation(7, "1:20-23", 1, "Title", LocalDate.of(2024, 5, 2), "s", 10, 60, 20, 23,
                        "2024-05-01")), List.of());
        return new Timeline(List.of(entry), 1, false);
    }

    @Test
    void itemTextsAreEncodedForHtmlInsideAJavaScriptString() {
        for (boolean byActor : new boolean[] {false, true}) {
            TimelineChart chart = TimelineChart.of(timeline(), byActor);
            TimelineEvent<String> item = chart.getModel().getEvents().get(0);
            String data = item.getData();
            for (String forbidden : List.of("<", ">", "\"", "'", "\u2028", "\n", "</")) {
                assertFalse(data.contains(forbidden), "item data holds " + forbidden + ": " + data);
            }
            assertTrue(data.contains("\\x26lt;img"), "the markup is there, as text: " + data);
        }
    }

    @Test
    void rowLabelsAreEncodedForHtml() {
        TimelineGroup<String> byType = TimelineChart.of(timeline(), false).getModel().getGroups().get(0);
        assertEquals("Meeting &lt;b&gt;or&lt;/b&gt; visit", byType.getData());
        String actor = TimelineChart.of(timeline(), true).getModel().getGroups().get(0).getData();
        assertFalse(actor.contains("<") || actor.contains(">") || actor.contains("\""), actor);
        assertTrue(actor.startsWith("Linda &lt;img src=&#39;x&#39;"), actor);
    }
}
