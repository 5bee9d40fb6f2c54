package io.storyline.analysis.times;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Expressions TimeML reads differently from SUTime: "the past three years", "the coming weeks" and "the past
 * decade" measure a stretch of time back or forward from now (a DURATION of three years, some weeks, ten years),
 * not a date; "the second half of 1989" is a half year ({@code 1989-H2}), not the year.
 */
final class Spans {

    /** A TIMEX3 type and value. */
    record Reading(String type, String value) {
    }

    private static final Pattern STRETCH = Pattern.compile("(?i)the\\s+(past|last|next|coming|previous|following)"
            + "\\s+(?:(\\w+)\\s+)?(days|weeks|months|years|decades|decade)");
    private static final Pattern HALF = Pattern.compile("(?i)(?:the\\s+)?(first|second|last|latter)\\s+half\\s+of\\s+"
            + "(\\d{4})");
    private static final Map<String, String> COUNTS = Map.ofEntries(Map.entry("two", "2"), Map.entry("three", "3"),
            Map.entry("four", "4"), Map.entry("five", "5"), Map.entry("six", "6"), Map.entry("seven", "7"),
            Map.entry("eight", "8"), Map.entry("nine", "9"), Map.entry("ten", "10"), Map.entry("twelve", "12"),
            Map.entry("several", "X"), Map.entry("few", "X"), Map.entry("many", "X"));

    private Spans() {
    }

    /** The reading of {@code words} when it is one of these forms, else {@code null}. */
    static Reading read(String words) {
        String w = words.strip();
        Matcher half = HALF.matcher(w);
        if (half.matches()) {
            return new Reading("DATE", half.group(2) + (half.group(1).equalsIgnoreCase("first") ? "-H1" : "-H2"));
        }
        Matcher stretch = STRETCH.matcher(w);
        if (!stretch.matches()) {
            return null;
        }
        String unit = stretch.group(3).toLowerCase(Locale.ROOT);
        String count = stretch.group(2) == null ? (unit.equals("decade") ? "1" : "X")
                : stretch.group(2).matches("\\d+") ? stretch.group(2)
                : COUNTS.get(stretch.group(2).toLowerCase(Locale.ROOT));
        if (count == null) {
            return null; // "the past few weeks" reads as X; "the past grim years" is not a count
        }
        if (unit.startsWith("decade")) {
            return new Reading("DURATION", "P" + (count.equals("X") ? "X" : Integer.toString(Integer.parseInt(count) * 10))
                    + (count.equals("X") ? "DE" : "Y"));
        }
        return new Reading("DURATION", "P" + count + Character.toUpperCase(unit.charAt(0)));
    }
}
