package io.storyline.web.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storyline.analysis.timeline.Citation;
import io.storyline.analysis.timeline.DateReport;
import io.storyline.analysis.timeline.EntryDate;
import io.storyline.analysis.timeline.TimelineEntry;
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
    void csvCellsAreQuotedAndFormulasDefused() {
        assertEquals("\"'=HYPERLINK(\"\"x\"\")\"", TimelineExports.cell("=HYPERLINK(\"x\")"));
        assertEquals("\"a, b\"", TimelineExports.cell("a, b"));
        assertEquals("'+1", TimelineExports.cell("+1"));
        assertEquals("'-2", TimelineExports.cell("-2"));
        assertEquals("'@SUM(A1)", TimelineExports.cell("@SUM(A1)"));
        assertEquals("' @SUM(A1)", TimelineExports.cell(" @SUM(A1)"));
        assertEquals("'\uFF1D1+1", TimelineExports.cell("\uFF1D1+1"));
        assertEquals("   ", TimelineExports.cell("   "));
        assertEquals("\"line\nbreak\"", TimelineExports.cell("line\nbreak"));
        String csv = TimelineExports.csv(List.of(new TimelineExports.Item(entry("=cmd|' /C calc'!A0", "s"), null)));
        assertTrue(csv.contains("'=cmd"), csv);
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
}
