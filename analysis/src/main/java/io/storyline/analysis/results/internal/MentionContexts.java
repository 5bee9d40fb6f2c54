package io.storyline.analysis.results.internal;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Cuts what a reader needs around a mention out of a window of its document's text: its sentence when the
 * sentence's ends are within the radius, else the words up to the radius with "…" where the text goes on. Runs of
 * white space become one space, so that a headline's line breaks do not break the line on a page.
 */
final class MentionContexts {

    static final String ELLIPSIS = "\u2026";

    /** Words whose full stop does not end a sentence ("Mr. Smith", "Gen. Milley"). */
    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "st", "gen", "sen", "rep",
            "gov", "lt", "col", "capt", "cmdr", "adm", "sgt", "jr", "sr", "prof", "no", "vs", "rev", "mt", "ft", "jan",
            "feb", "aug", "sept", "oct", "nov", "dec");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final String CLOSERS = "\"'\u201d\u2019)]";

    private MentionContexts() {
    }

    /**
     * The context's three parts.
     *
     * @param window      text of the document starting at {@code windowBegin}
     * @param windowBegin where the window starts in the document's text
     * @param textLength  how long the document's whole text is
     * @param begin       where the mention starts in the document's text
     * @param end         where it ends
     * @param radius      at most this many characters either side
     */
    static Parts cut(String window, int windowBegin, int textLength, int begin, int end, int radius) {
        int length = window.length();
        int rb = Math.max(0, Math.min(length, begin - windowBegin));
        int re = Math.max(rb, Math.min(length, end - windowBegin));

        int from = Math.max(0, rb - radius);
        String before = window.substring(from, rb);
        boolean moreBefore = windowBegin + from > 0;
        int start = lastSentenceStart(before);
        if (start >= 0) {
            before = before.substring(start);
            moreBefore = false;
        } else if (moreBefore) {
            before = fromFirstSpace(before);
        }
        before = collapse(before).stripLeading();

        int to = Math.min(length, re + radius);
        String after = window.substring(re, to);
        boolean moreAfter = windowBegin + to < textLength;
        int stop = firstSentenceEnd(after, !moreAfter);
        if (stop >= 0) {
            after = after.substring(0, stop);
            moreAfter = false;
        } else if (moreAfter) {
            after = toLastSpace(after);
        }
        after = collapse(after).stripTrailing();

        return new Parts((moreBefore ? ELLIPSIS : "") + before, collapse(window.substring(rb, re)),
                after + (moreAfter ? ELLIPSIS : ""));
    }

    /** Where the last sentence that starts in {@code s} begins, or -1 when none does. */
    private static int lastSentenceStart(String s) {
        int start = -1;
        for (int i = 0; i < s.length(); i++) {
            int next = boundary(s, i, false);
            if (next >= 0) {
                start = next;
            }
        }
        return start;
    }

    /** Where the first sentence in {@code s} ends (after its full stop), or -1 when it goes on past {@code s}. */
    private static int firstSentenceEnd(String s, boolean endsText) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '\n') {
                return i;
            }
            int next = boundary(s, i, endsText);
            if (next >= 0) {
                return next;
            }
        }
        return -1;
    }

    /**
     * If a sentence ends at {@code i} (a line break, or a full stop, question or exclamation mark followed by
     * closing quotes and white space), where the next one may start; else -1.
     */
    private static int boundary(String s, int i, boolean endIsSpace) {
        char c = s.charAt(i);
        if (c == '\n') {
            return i + 1;
        }
        if (c != '.' && c != '?' && c != '!') {
            return -1;
        }
        int j = i + 1;
        while (j < s.length() && CLOSERS.indexOf(s.charAt(j)) >= 0) {
            j++;
        }
        if (j == s.length() ? !endIsSpace : !Character.isWhitespace(s.charAt(j))) {
            return -1;
        }
        if (c == '.' && (abbreviation(s, i) || startsLowerCase(s, j))) {
            return -1;
        }
        return j;
    }

    private static boolean abbreviation(String s, int dot) {
        int k = dot;
        while (k > 0 && !Character.isWhitespace(s.charAt(k - 1))) {
            k--;
        }
        String word = s.substring(k, dot);
        return word.indexOf('.') >= 0 // U.S., e.g.
                || word.length() == 1 && Character.isUpperCase(word.charAt(0)) // John F. Kennedy
                || ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
    }

    private static boolean startsLowerCase(String s, int from) {
        for (int k = from; k < s.length(); k++) {
            char c = s.charAt(k);
            if (!Character.isWhitespace(c)) {
                return Character.isLowerCase(c);
            }
        }
        return false;
    }

    private static String fromFirstSpace(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isWhitespace(s.charAt(i))) {
                return s.substring(i);
            }
        }
        return s;
    }

    private static String toLastSpace(String s) {
        for (int i = s.length() - 1; i > 0; i--) {
            if (Character.isWhitespace(s.charAt(i))) {
                return s.substring(0, i);
            }
        }
        return s;
    }

    private static String collapse(String s) {
        return SPACES.matcher(s).replaceAll(" ");
    }

    /** The text before the mention, the mention's words, the text after it. */
    record Parts(String before, String text, String after) {
    }
}
