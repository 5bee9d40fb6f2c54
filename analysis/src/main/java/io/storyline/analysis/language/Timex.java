package io.storyline.analysis.language;

/**
 * A time expression as TIMEX3 describes it.
 *
 * @param tokenStart the first token (index in the sentence)
 * @param tokenEnd   one past the last token
 * @param type       {@code DATE}, {@code TIME}, {@code DURATION} or {@code SET}
 * @param value      the normalised value ({@code 2024-05-01}, {@code 2024-W18}, {@code P3D}, {@code PRESENT_REF}), or
 *                   {@code null} when the pipeline could not normalise it
 * @param altValue   the pipeline's unresolved form where it gave one ({@code XXXX-WXX-3}), or {@code null}
 */
public record Timex(int tokenStart, int tokenEnd, int begin, int end, String text, String type, String value,
                    String altValue) {

    public Timex withValue(String newValue) {
        return new Timex(tokenStart, tokenEnd, begin, end, text, type, newValue, altValue);
    }

    public Timex withSpan(int newTokenStart, int newTokenEnd, int newBegin, int newEnd, String newText) {
        return new Timex(newTokenStart, newTokenEnd, newBegin, newEnd, newText, type, value, altValue);
    }
}
