package io.storyline.analysis.times;

import io.storyline.domain.time.TimeAnchor;
import io.storyline.domain.time.TimeValue;
import java.util.Optional;

/**
 * A time expression found in a text.
 *
 * @param type  TIMEX3 type: DATE, TIME, DURATION or SET
 * @param value TIMEX3 value, or {@code null} when it could not be normalised
 */
public record FoundTime(int sentence, int tokenStart, int tokenEnd, int begin, int end, String text, String type,
                        String value, TimeAnchor anchor) {

    /** The days the value covers, when it names a date, week, month, quarter, year ... */
    public Optional<TimeValue> interval() {
        return TimeValue.parse(value);
    }

    /** Whether the expression points to a moment or period (not a duration or a set). */
    public boolean isPoint() {
        return "DATE".equals(type) || "TIME".equals(type);
    }
}
