package io.storyline.analysis.evaluation.metrics;

import java.util.Objects;

/**
 * A time expression as the scorer sees it, gold or predicted.
 *
 * @param extent the characters or tokens it covers
 * @param type the TIMEX3 type (DATE, TIME, DURATION, SET), may be null
 * @param value the normalised value (2024-05-01, PXY, PRESENT_REF), may be null
 */
public record TimeMention(Extent extent, String type, String value) {

    public TimeMention {
        Objects.requireNonNull(extent, "extent");
    }

    boolean sameType(TimeMention other) {
        return canonicalType(type).equals(canonicalType(other.type));
    }

    /** TempEval compares values exactly (case matters: PXY is not pxy) once surrounding blanks are gone. */
    /**
     * Whether two values are the same, written the same way or in equivalent ISO 8601 notation: the week number
     * with or without its leading zero ({@code 2000-W8} is {@code 2000-W08}), as the gold writes it both ways.
     */
    boolean sameValue(TimeMention other) {
        return canonical(value).equals(canonical(other.value));
    }

    private static final java.util.regex.Pattern SHORT_WEEK = java.util.regex.Pattern.compile("-W(\\d)(?!\\d)");

    private static String canonicalType(String attribute) {
        return attribute == null ? "" : attribute.trim();
    }

    static String canonical(String attribute) {
        if (attribute == null) {
            return "";
        }
        return SHORT_WEEK.matcher(attribute.trim()).replaceAll("-W0$1");
    }
}
