package io.storyline.analysis.pipeline;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Wire copy opens paragraphs with a dateline run into the first sentence: "JERUSALEM, May 1 - US Secretary of State
 * Antony Blinken met ...". Read as one sentence, the parser takes the city for the one who met. The dash after such
 * a dateline becomes a line break, so the dateline is a sentence of its own; the text keeps its length, so every
 * offset still points into the original.
 */
final class Datelines {

    /** An upper-case place (two letters or more), optional region, date and agency, then a dash. */
    private static final Pattern DATELINE = Pattern.compile("(?m)^[ \\t]*\\p{Lu}[\\p{Lu} .'\u2019-]*\\p{Lu}"
            + "(?:,[ \\t]*[\\p{L} .]{2,30})?(?:,[ \\t]*\\p{Lu}\\p{Ll}{2,8}\\.?[ \\t]+\\d{1,2})?"
            + "(?:[ \\t]*\\([\\p{L} .]{2,30}\\))?[ \\t]+([-\u2013\u2014])[ \\t]+(?=\\p{Lu})");

    private Datelines() {
    }

    /** The text with each paragraph-opening dateline's dash turned into a line break. */
    static String separate(String text) {
        Matcher m = DATELINE.matcher(text);
        StringBuilder out = null;
        while (m.find()) {
            if (out == null) {
                out = new StringBuilder(text);
            }
            out.setCharAt(m.start(1), '\n');
        }
        return out == null ? text : out.toString();
    }
}
