package io.storyline.analysis.evaluation;

import io.storyline.analysis.evaluation.formats.TimelineFile;
import io.storyline.analysis.timeline.Citation;
import io.storyline.analysis.timeline.EntryDate;
import io.storyline.analysis.timeline.Timeline;
import io.storyline.analysis.timeline.TimelineEntry;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Writes an assembled timeline the way the gold is written. The undated lane comes first, all at position 0
 * with no date, as the gold puts the events it cannot place; the dated entries follow in the assembler's order,
 * from position 1, one position per run of entries with the same written date. An entry is one line, its reports
 * the coreferring events on it. Dates are written at the precision known: a day, a month or a year; a span that
 * is none of these (a week across two months, a decade) is written by the smallest of them that holds it, or as
 * no date when no year does.
 */
final class TimelineRendering {

    private TimelineRendering() {}

    /** @param mentions the gold-style mention id of each stored event id */
    static TimelineFile render(String target, Timeline timeline, Map<Long, String> mentions) {
        List<TimelineFile.Line> lines = new ArrayList<>();
        for (TimelineEntry entry : timeline.undated()) {
            lines.add(new TimelineFile.Line(0, TimelineFile.NO_DATE, events(entry, mentions)));
        }
        int position = 0;
        String previous = null;
        for (TimelineEntry entry : timeline.dated()) {
            String date = written(entry.date());
            if (!date.equals(previous)) {
                position++;
                previous = date;
            }
            lines.add(new TimelineFile.Line(position, date, events(entry, mentions)));
        }
        return new TimelineFile(target, lines);
    }

    static String written(EntryDate date) {
        LocalDate start = date.start();
        LocalDate end = date.end();
        if (start.equals(end)) {
            return start.toString();
        }
        if (YearMonth.from(start).equals(YearMonth.from(end))) {
            return YearMonth.from(start).toString();
        }
        return start.getYear() == end.getYear() ? Integer.toString(start.getYear()) : TimelineFile.NO_DATE;
    }

    private static List<String> events(TimelineEntry entry, Map<Long, String> mentions) {
        return entry.citations().stream().map(Citation::eventId).map(mentions::get).filter(Objects::nonNull)
                .distinct().toList();
    }
}
