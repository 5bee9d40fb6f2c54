package io.storyline.web.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storyline.analysis.timeline.Citation;
import io.storyline.analysis.timeline.DateReport;
import io.storyline.analysis.timeline.EntryDate;
import io.storyline.analysis.timeline.TimelineEntry;
import io.storyline.domain.event.ParticipantRole;
import io.storyline.domain.timeline.TimelineParticipant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimelineExportsTest {

    private static TimelineEntry entry(String sentence, String summary) {
        EntryDate date = EntryDate.parse("2024-05-01").orElseThrow();
        return new TimelineEntry("1:20-23", date, List.of(new DateReport(date, List.of(1L))), false, "MEETING",
                "Meeting or visit", summary, List.of(), null, List.of(7L), List.of(new Citation(7, "1:20-23", 1,
                "Title", LocalDate.of(2024, 5, 2), sentence, 10, 60, 20, 23, "2024-05-01")), List.of());
    }

    @Test
    void csvRowsDefuseFormulas() {
        String csv = TimelineExports.csv(List.of(new TimelineExports.Item(entry("=cmd|' /C calc'!A0", " @SUM(A1)"),
                "\uFF1D1+1")));
        assertTrue(csv.contains("'=cmd"), csv);
        assertTrue(csv.contains(",' @SUM(A1),"), csv);
        assertTrue(csv.contains("'\uFF1D1+1"), csv);
    }

    @Test
    void timelineJsTextIsInertHtml() {
        String json = TimelineExports.timelineJs("<b>title</b>", List.of(new TimelineExports.Item(
                entry("He wrote <img src=x onerror=alert(1)> and \u0000left", "<script>alert(1)</script>"),
                "note <i>")), TimelineExports.Grouping.TYPE);
        assertFalse(json.contains("<script"), json);
        assertFalse(json.contains("<img"), json);
        assertFalse(json.contains("<i>"), json);
        assertTrue(json.contains("&lt;img src=x onerror=alert(1)&gt;"), json);
        assertTrue(json.contains("\"start_date\""), json);
        assertTrue(json.contains("\"display_date\": \"1 May 2024\""), json);
        assertTrue(json.contains("<blockquote>"), "our own markup stays markup");
    }

    @Test
    void groupLabelsAreInertHtmlToo() {
        TimelineEntry e = entry("Linda met Angela Merkel.", "Linda met Angela Merkel");
        TimelineEntry named = new TimelineEntry(e.key(), e.date(), e.dates(), false, "MEETING", "Meeting <b>or</b> visit",
                e.summary(), List.of(new TimelineParticipant(3L, "Linda <b>Greenfield</b>", ParticipantRole.AGENT)),
                null, e.events(), e.citations(), List.of());
        for (TimelineExports.Grouping g : TimelineExports.Grouping.values()) {
            String json = TimelineExports.timelineJs("t", List.of(new TimelineExports.Item(named, null)), g);
            assertFalse(json.contains("<b>") || json.contains("&lt;b&gt;"), g + ": " + json);
            assertTrue(json.contains("&amp;lt;b&amp;gt;"), g + ": TimelineJS decodes the label once before writing it"
                    + " as HTML, so it is encoded twice: " + json);
        }
    }
}
