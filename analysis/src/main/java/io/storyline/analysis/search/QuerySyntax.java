package io.storyline.analysis.search;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads what a person types into the search box into the simple query syntax the index understands. Kept as typed:
 * {@code "a phrase"}, {@code prefix*}, {@code fuzzy~} (or {@code fuzzy~1}), {@code + | -}, parentheses. Added: the
 * words {@code AND}, {@code OR} and {@code NOT} in capitals, as in every newsroom search box, become
 * {@code +}, {@code |} and {@code -}. Words are required by default (all must match).
 */
public final class QuerySyntax {

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
                    out.append(token);
                }
            }
        }
        return out.toString().strip();
    }

    /** Splits at white space outside quotes; an unclosed quote runs to the end. */
    static List<String> tokens(String text) {
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
