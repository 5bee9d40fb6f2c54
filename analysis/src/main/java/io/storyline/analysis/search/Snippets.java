package io.storyline.analysis.search;

import org.owasp.encoder.Encode;

/**
 * Turns the index's highlighted passages into safe HTML: the index marks matches with two control characters
 * ({@link #OPEN}, {@link #CLOSE}); document text is encoded for HTML (OWASP
 * Java Encoder), and only the marks become
 * {@code <mark>} and {@code </mark>}. Stray marks in a hostile text can only open or close a {@code mark}.
 */
public final class Snippets {

    public static final String OPEN = "\u0002";
    public static final String CLOSE = "\u0003";
    private static final int MAX = 600;

    private Snippets() {
    }

    /** The passages joined with " … ", escaped, marks as {@code <mark>}; at most about 600 characters of text. */
    public static String toHtml(java.util.List<String> passages) {
        StringBuilder out = new StringBuilder();
        StringBuilder text = new StringBuilder();
        int open = 0;
        int length = 0;
        for (String passage : passages) {
            if (length >= MAX) {
                break;
            }
            if (!out.isEmpty()) {
                out.append(" … ");
            }
            for (int i = 0; i < passage.length() && length < MAX; i++) {
                char c = passage.charAt(i);
                if (c == '\u0002') {
                    flush(out, text);
                    out.append("<mark>");
                    open++;
                } else if (c == '\u0003') {
                    flush(out, text);
                    if (open > 0) {
                        out.append("</mark>");
                        open--;
                    }
                } else if (c == '\n' || c == '\r' || c == '\t') {
                    text.append(' ');
                } else if (c >= ' ' || Character.isSurrogate(c)) {
                    text.append(c);
                }
                length++;
            }
            flush(out, text);
            while (open > 0) {
                out.append("</mark>");
                open--;
            }
        }
        return out.toString();
    }

    /** The words the index marked in its passages, lowercased: what a search matched in a document. */
    public static java.util.Set<String> markedWords(java.util.List<String> passages) {
        java.util.Set<String> words = new java.util.LinkedHashSet<>();
        for (String passage : passages) {
            int open = passage.indexOf(OPEN);
            while (open >= 0) {
                int close = passage.indexOf(CLOSE, open + 1);
                if (close < 0) {
                    break;
                }
                String word = passage.substring(open + 1, close).strip();
                if (!word.isEmpty() && word.indexOf(OPEN.charAt(0)) < 0) {
                    words.add(word.toLowerCase(java.util.Locale.ROOT));
                }
                open = passage.indexOf(OPEN, close + 1);
            }
        }
        return words;
    }

    private static void flush(StringBuilder out, StringBuilder text) {
        out.append(Encode.forHtml(text.toString()));
        text.setLength(0);
    }
}
