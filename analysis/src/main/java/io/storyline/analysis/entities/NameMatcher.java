package io.storyline.analysis.entities;

import io.storyline.analysis.language.Sentence;
import io.storyline.analysis.language.Token;
import io.storyline.domain.entity.EntityType;
import io.storyline.domain.entity.MentionSource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds listed names in a sentence, on token boundaries but by characters, so "al-Quds" matches however the
 * tokenizer split it. Longer names win; a one-letter name ("X") counts only after "on" or "via"; a match over a
 * token of markup does not count.
 */
final class NameMatcher {

    record Name(String text, EntityType type, boolean caseSensitive, MentionSource source) {
    }

    private static final Set<String> ONE_LETTER_CUES = Set.of("on", "via");

    private final Map<String, List<Name>> byPrefix = new HashMap<>();

    NameMatcher(List<Name> names) {
        for (Name name : names) {
            if (name.text().isBlank()) {
                continue;
            }
            byPrefix.computeIfAbsent(prefix(name.text(), 0), k -> new ArrayList<>()).add(name);
        }
        byPrefix.values().forEach(list -> list.sort(Comparator.comparingInt((Name n) -> n.text().length()).reversed()));
    }

    private static String prefix(String s, int from) {
        return s.substring(from, Math.min(s.length(), from + 1)).toLowerCase(Locale.ROOT);
    }

    /** The listed names in the sentence, not overlapping each other, longest first where they compete. */
    List<FoundMention> find(String text, Sentence sentence) {
        List<Token> tokens = sentence.tokens();
        Map<Integer, Integer> tokenEndingAt = new HashMap<>();
        for (Token t : tokens) {
            tokenEndingAt.put(t.end(), t.index());
        }
        List<FoundMention> found = new ArrayList<>();
        for (Token start : tokens) {
            List<Name> candidates = byPrefix.get(prefix(text, start.begin()));
            if (candidates == null) {
                continue;
            }
            for (Name name : candidates) {
                int end = start.begin() + name.text().length();
                if (end > text.length() || !tokenEndingAt.containsKey(end)
                        || !text.regionMatches(!name.caseSensitive(), start.begin(), name.text(), 0, name.text().length())
                        || name.text().length() == 1 && !cued(tokens, start.index())) {
                    continue;
                }
                int last = tokenEndingAt.get(end);
                if (anyMarkup(tokens, start.index(), last)) {
                    continue;
                }
                found.add(new FoundMention(sentence.index(), start.index(), last + 1, start.begin(), end,
                        text.substring(start.begin(), end), name.type(), name.source()));
                break; // the longest name starting here
            }
        }
        return withoutOverlaps(found);
    }

    /** Whether a token from {@code first} to {@code last} is markup: a name never holds any. */
    private static boolean anyMarkup(List<Token> tokens, int first, int last) {
        for (int i = first; i <= last; i++) {
            if (tokens.get(i).markup()) {
                return true;
            }
        }
        return false;
    }

    private static boolean cued(List<Token> tokens, int index) {
        return index > 0 && ONE_LETTER_CUES.contains(tokens.get(index - 1).word().toLowerCase(Locale.ROOT));
    }

    private static List<FoundMention> withoutOverlaps(List<FoundMention> found) {
        List<FoundMention> byLength = new ArrayList<>(found);
        byLength.sort(Comparator.comparingInt(FoundMention::length).reversed()
                .thenComparingInt(FoundMention::tokenStart));
        List<FoundMention> kept = new ArrayList<>();
        for (FoundMention m : byLength) {
            if (kept.stream().noneMatch(m::overlaps)) {
                kept.add(m);
            }
        }
        kept.sort(Comparator.comparingInt(FoundMention::tokenStart));
        return kept;
    }
}
