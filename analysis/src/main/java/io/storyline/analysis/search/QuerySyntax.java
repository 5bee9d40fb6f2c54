package io.storyline.analysis.search;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what a person types into the search box into the simple query syntax the index understands. Kept as typed:
 * {@code "a phrase"}, {@code prefix*}, {@code fuzzy~} (or {@code fuzzy~1}), {@code + | -}, parentheses. Added: the
 * words {@code AND}, {@code OR} and {@code NOT} in capitals, as in every newsroom search box, become
 * {@code +}, {@code |} and {@code -}. Words are required by default (all must match).
 *
 * <p>A fuzzy word allows as many typing mistakes as its length bears: none for one or two letters, one for three
 * to five, two from six on ({@code a~2} is {@code a}, {@code Gaza~2} is {@code Gaza~1}). More would match almost
 * anything, and Lucene cannot score a match shorter than the mistakes it allows (its highlighter fails on it).
 */
public final class QuerySyntax {

    private static final int MAX_EDITS = 2;
    /** A word (without the operators and parentheses around it) followed by {@code ~} and maybe a number. */
    private static final Pattern PLAIN_WORD = Pattern.compile("[\\p{L}\\p{M}][\\p{L}\\p{M}\\p{N}]*(?:['\u2019][\\p{L}\\p{M}]+)?");
    private static final Pattern FUZZY = Pattern.compile("([^\\s\"~*+|()\\-]+)~(\\d*)");

    private QuerySyntax() {
    }

    /** The query in the index's simple query syntax. */
    public static String toSimpleQuery(String typed) {
        if (typed == null) {
            return "";
        }
        List<String> tokens = tokens(typed.strip());
        StringBuilder out = new StringBuilder();
        boolean negateNext = false;
        for (String token : tokens) {
            switch (token) {
                case "AND" -> out.append(" +");
                case "OR" -> out.append(" |");
                case "NOT" -> negateNext = true;
                default -> {
                    if (!out.isEmpty()) {
                        out.append(' ');
                    }
                    if (negateNext) {
                        out.append('-');
                        negateNext = false;
                    }
                    out.append(token.indexOf('"') >= 0 ? token : boundedFuzziness(token));
                }
            }
        }
        return out.toString().strip();
    }

    /**
     * The quoted phrases every hit must contain as written (not stemmed): those of a query whose parts are all
     * required, not negated. A query with OR or parentheses gets none (its phrases are alternatives), nor does a
     * phrase with a slop ({@code "a b"~2}).
     */
    public static List<String> requiredPhrases(String typed) {
        List<String> phrases = new ArrayList<>();
        if (typed == null) {
            return phrases;
        }
        List<String> tokens = tokens(typed.strip());
        for (String token : tokens) {
            if (token.equals("OR") || token.indexOf('"') < 0 && (token.contains("|") || token.contains("(")
                    || token.contains(")"))) {
                return List.of();
            }
        }
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            String bare = token.startsWith("+") ? token.substring(1) : token;
            boolean negated = i > 0 && tokens.get(i - 1).equals("NOT");
            if (!negated && bare.length() > 2 && bare.startsWith("\"") && bare.endsWith("\"")) {
                String phrase = bare.substring(1, bare.length() - 1).strip();
                if (!phrase.isEmpty()) {
                    phrases.add(phrase);
                }
            }
        }
        return phrases;
    }

    /** Whether a token is a plain word (letters and digits, maybe an apostrophe), one a spelling suggestion may replace. */
    public static boolean isPlainWord(String token) {
        return PLAIN_WORD.matcher(token).matches() && !token.equals("AND") && !token.equals("OR")
                && !token.equals("NOT");
    }

    /** Every {@code word~n} of a token (outside phrases) with the mistakes its length bears. */
    static String boundedFuzziness(String token) {
        Matcher m = FUZZY.matcher(token);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String word = m.group(1);
            int asked = m.group(2).isEmpty() || m.group(2).length() > 1 ? MAX_EDITS
                    : Math.min(MAX_EDITS, Integer.parseInt(m.group(2)));
            int edits = Math.min(asked, editsFor(word.codePointCount(0, word.length())));
            m.appendReplacement(out, Matcher.quoteReplacement(edits == 0 ? word : word + "~" + edits));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The typing mistakes a word of this many letters bears. */
    public static int editsFor(int letters) {
        return letters <= 2 ? 0 : letters <= 5 ? 1 : MAX_EDITS;
    }

    /** Splits at white space outside quotes; an unclosed quote runs to the end. */
    public static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
                current.append(c);
            } else if (Character.isWhitespace(c) && !quoted) {
                if (!current.isEmpty()) {
                    tokens.add(current.toString());
                    current.setLength(0);
                }
            } else {
                current.append(c);
            }
        }
        if (quoted) {
            current.append('"');
        }
        if (!current.isEmpty()) {
            tokens.add(current.toString());
        }
        return tokens;
    }
}
