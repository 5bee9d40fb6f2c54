package io.storyline.analysis.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the words a search matched stand in a document's text, for marking them on the document page. The index
 * says which words of the document matched (as written: "protests" and "Protested" for a search of "protest"); this
 * finds every occurrence of them as whole words, whatever their case.
 */
public final class TextHits {

    /** At most this many marks in one text: enough to read, not so many that the page drowns. */
    static final int MAX_HITS = 5000;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}\\p{M}]+(?:['\u2019][\\p{L}\\p{N}\\p{M}]+)*");

    /** A matched word: its first character and one past its last, in UTF-16 units. */
    public record Hit(int begin, int end) {
    }

    private TextHits() {
    }

    /** The occurrences in {@code text} of {@code words} (compared without case), in text order. */
    public static List<Hit> find(String text, Set<String> words) {
        List<Hit> hits = new ArrayList<>();
        if (text == null || words == null || words.isEmpty()) {
            return hits;
        }
        Set<String> lower = words.stream().map(w -> w.toLowerCase(Locale.ROOT)).collect(
                java.util.stream.Collectors.toSet());
        Matcher m = WORD.matcher(text);
        while (m.find() && hits.size() < MAX_HITS) {
            if (lower.contains(m.group().toLowerCase(Locale.ROOT))) {
                hits.add(new Hit(m.start(), m.end()));
            }
        }
        return hits;
    }
}
