package io.storyline.analysis.search;

import java.util.Locale;
import java.util.Map;

/**
 * Choosing the word a person probably meant among the index's words that are close to what they typed: the fewest
 * typing mistakes first (a swap of two neighbours counts as one, as the index's fuzzy match counts it), then the word
 * found in most documents, then the alphabet, so the choice is the same every time.
 */
public final class Spelling {

    private Spelling() {
    }

    /**
     * The candidate closest to {@code typed}, written with the typed word's first capital, or null when no
     * candidate is within {@code maxEdits} and different from the typed word.
     *
     * @param candidates words (lowercase) and in how many documents they were found
     */
    public static String closest(String typed, Map<String, Integer> candidates, int maxEdits) {
        String word = typed.toLowerCase(Locale.ROOT);
        String best = null;
        int bestEdits = Integer.MAX_VALUE;
        int bestCount = 0;
        for (Map.Entry<String, Integer> c : candidates.entrySet()) {
            String candidate = c.getKey().toLowerCase(Locale.ROOT);
            if (candidate.equals(word) || candidate.isBlank()) {
                continue;
            }
            int edits = distance(word, candidate);
            int count = c.getValue();
            if (edits > maxEdits) {
                continue;
            }
            if (edits < bestEdits || edits == bestEdits && (count > bestCount
                    || count == bestCount && candidate.compareTo(best) < 0)) {
                best = candidate;
                bestEdits = edits;
                bestCount = count;
            }
        }
        if (best == null) {
            return null;
        }
        return Character.isUpperCase(typed.codePointAt(0))
                ? best.substring(0, best.offsetByCodePoints(0, 1)).toUpperCase(Locale.ROOT)
                        + best.substring(best.offsetByCodePoints(0, 1))
                : best;
    }

    /** Typing mistakes between two words: letters added, removed, changed, or two neighbours swapped. */
    public static int distance(String a, String b) {
        int[] x = a.codePoints().toArray();
        int[] y = b.codePoints().toArray();
        int[][] d = new int[x.length + 1][y.length + 1];
        for (int i = 0; i <= x.length; i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= y.length; j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= x.length; i++) {
            for (int j = 1; j <= y.length; j++) {
                int cost = x[i - 1] == y[j - 1] ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && x[i - 1] == y[j - 2] && x[i - 2] == y[j - 1]) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[x.length][y.length];
    }
}
