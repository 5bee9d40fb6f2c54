package io.storyline.analysis.search;

/**
 * Turns the index's highlighted passages into safe HTML: the index marks matches with two control characters
 * ({@link #OPEN}, {@link #CLOSE}); every character of document text is escaped, then only the marks become
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
                switch (c) {
                    case '\u0002' -> {
                        out.append("<mark>");
                        open++;
                    }
                    case '\u0003' -> {
                        if (open > 0) {
                            out.append("</mark>");
                            open--;
                        }
                    }
                    case '<' -> out.append("&lt;");
                    case '>' -> out.append("&gt;");
                    case '&' -> out.append("&amp;");
                    case '"' -> out.append("&quot;");
                    case '\'' -> out.append("&#39;");
                    case '\n', '\r', '\t' -> out.append(' ');
                    default -> {
                        if (c >= ' ' || Character.isSurrogate(c)) {
                            out.append(c);
                        }
                    }
                }
                length++;
            }
            while (open > 0) {
                out.append("</mark>");
                open--;
            }
        }
        return out.toString();
    }
}
