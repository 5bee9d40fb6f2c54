package io.storyline.analysis.language.internal;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;
import java.util.Set;

/**
 * Bounds sentences before any tagger sees them. A text without sentence ends (a table or a list run together, a
 * file made to hurt) becomes "sentences" of thousands of tokens, and SUTime's pattern matcher backtracks on them
 * for minutes. Each sentence longer than {@value #MAX_TOKENS} tokens or {@value #MAX_CHARS} characters gets line
 * breaks (which end sentences here), after a semicolon, colon, comma or dash where there is one, else between any
 * two words. A line break replaces one character, so the text keeps its length and every offset stays true. News
 * sentences are far shorter: the longest of the 4,282 in the evaluation's news texts has 105 tokens and 604
 * characters; of Wikipedia's (wikigold), 144 tokens and 739 characters.
 */
final class LongSentences {

    static final int MAX_TOKENS = 250;
    static final int MAX_CHARS = 1_500;
    private static final Set<String> PAUSES = Set.of(";", ":", ",", "-", "--", "\u2013", "\u2014");

    private LongSentences() {
    }

    /** The text with line breaks in its over-long sentences; the same instance when it has none. */
    static String bound(String text, List<CoreMap> sentences) {
        StringBuilder out = null;
        for (CoreMap sentence : sentences) {
            List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
            int from = 0;
            while (tooLong(tokens, from, tokens.size())) {
                if (out == null) {
                    out = new StringBuilder(text);
                }
                int cut = breakAt(tokens, from, text, out);
                if (cut < 0) {
                    break; // no space and no punctuation to break at: one long run of a word, left as it is
                }
                from = cut;
            }
        }
        return out == null ? text : out.toString();
    }

    private static boolean tooLong(List<CoreLabel> tokens, int from, int to) {
        return to - from > MAX_TOKENS
                || to > from && tokens.get(to - 1).endPosition() - tokens.get(from).beginPosition() > MAX_CHARS;
    }

    /**
     * Ends a sentence that starts at token {@code from} as late as the bounds allow, and not before half of them:
     * after a pause, else at any space, else by turning a one-character punctuation token into the line break.
     * Answers the token that starts the next sentence, or -1 when there is nowhere to break.
     */
    private static int breakAt(List<CoreLabel> tokens, int from, String text, StringBuilder out) {
        int limit = from + 1;
        while (limit < tokens.size() && !tooLong(tokens, from, limit + 1)) {
            limit++;
        }
        int earliest = Math.max(from + 1, from + (limit - from) / 2);
        for (int end = limit; end >= earliest; end--) {
            int space = space(tokens, end, text);
            if (space >= 0 && PAUSES.contains(tokens.get(end - 1).word())) {
                out.setCharAt(space, '\n');
                return end;
            }
        }
        for (int end = limit; end >= earliest; end--) {
            int space = space(tokens, end, text);
            if (space >= 0) {
                out.setCharAt(space, '\n');
                return end;
            }
        }
        for (int end = limit; end >= earliest; end--) {
            CoreLabel last = tokens.get(end - 1);
            if (last.endPosition() - last.beginPosition() == 1
                    && !Character.isLetterOrDigit(text.charAt(last.beginPosition()))) {
                out.setCharAt(last.beginPosition(), '\n');
                return end;
            }
        }
        return -1;
    }

    /** A white space between token {@code end - 1} and token {@code end}, or -1. */
    private static int space(List<CoreLabel> tokens, int end, String text) {
        if (end >= tokens.size()) {
            return -1;
        }
        for (int i = tokens.get(end - 1).endPosition(); i < tokens.get(end).beginPosition(); i++) {
            if (Character.isWhitespace(text.charAt(i)) || Character.isSpaceChar(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}
