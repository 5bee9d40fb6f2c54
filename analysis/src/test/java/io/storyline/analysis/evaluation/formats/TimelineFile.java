package io.storyline.analysis.evaluation.formats;

import java.util.List;
import java.util.Objects;

/**
 * A timeline in the SemEval-2015 Task 4 text format: the target entity on the first line, then one line per
 * event, or per group of coreferring events, {@code position<TAB>date<TAB>docid-sentence-token ...}.
 *
 * @param target the entity the timeline follows ("Steve Jobs")
 * @param lines in file order
 */
public record TimelineFile(String target, List<Line> lines) {

    /** The date of an event nobody could place in time. */
    public static final String NO_DATE = "XXXX-XX-XX";

    public TimelineFile {
        Objects.requireNonNull(target, "target");
        lines = List.copyOf(lines);
    }

    /**
     * One line of a timeline.
     *
     * @param position equal positions are simultaneous, lower ones come first
     * @param date {@code YYYY-MM-DD}, {@code YYYY-MM} or {@code YYYY}, unknown parts written {@code XX};
     *     {@link #NO_DATE} when nothing is known
     * @param events the coreferring event mentions, each {@code docid-sentence-token}
     */
    public record Line(int position, String date, List<String> events) {

        public Line {
            Objects.requireNonNull(date, "date");
            events = List.copyOf(events);
        }
    }
}
