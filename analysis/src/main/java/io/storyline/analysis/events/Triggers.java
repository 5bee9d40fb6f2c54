package io.storyline.analysis.events;

import io.storyline.analysis.knowledge.EventRule;
import io.storyline.analysis.language.Sentence;
import io.storyline.analysis.language.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The taxonomy's triggers compiled for matching: single lemmas (optionally limited to a part of speech) and lemma
 * patterns. Proper nouns never trigger ("March" is a month, not a march); a pattern wins over the single words
 * it covers.
 */
final class Triggers {

    /** A trigger found in a sentence: its type, its tokens, and the token that heads it in the parse. */
    record Match(String type, int start, int end, int head, Kind kind) {

        boolean overlaps(Match other) {
            return start < other.end && other.start < end;
        }
    }

    enum Kind { PATTERN, VERB, NOUN, ADJECTIVE }

    private record Word(String type, char partOfSpeech) {
    }

    private record Pattern(String type, List<String> lemmas) {
    }

    private final Map<String, List<Word>> words = new HashMap<>();
    private final Map<String, List<Pattern>> patterns = new HashMap<>();

    Triggers(List<EventRule> rules) {
        for (EventRule rule : rules) {
            for (String trigger : rule.triggers()) {
                int slash = trigger.indexOf('/');
                String lemma = (slash < 0 ? trigger : trigger.substring(0, slash)).toLowerCase(Locale.ROOT);
                char pos = slash < 0 ? '*' : Character.toUpperCase(trigger.charAt(slash + 1));
                words.computeIfAbsent(lemma, k -> new ArrayList<>()).add(new Word(rule.code(), pos));
            }
            for (String pattern : rule.patterns()) {
                List<String> lemmas = List.of(pattern.toLowerCase(Locale.ROOT).split("\\s+"));
                if (lemmas.size() > 1 && !lemmas.get(0).equals("*")) {
                    patterns.computeIfAbsent(lemmas.get(0), k -> new ArrayList<>()).add(new Pattern(rule.code(), lemmas));
                }
            }
        }
    }

    List<Match> find(Sentence sentence, boolean[] blocked) {
        List<Token> tokens = sentence.tokens();
        List<Match> found = new ArrayList<>();
        for (Token t : tokens) {
            for (Pattern p : patterns.getOrDefault(lemma(t), List.of())) {
                int end = t.index() + p.lemmas().size();
                if (end <= tokens.size() && matches(tokens, t.index(), p.lemmas()) && free(blocked, t.index(), end)) {
                    found.add(new Match(p.type(), t.index(), end, head(tokens, t.index(), end), Kind.PATTERN));
                }
            }
        }
        for (Token t : tokens) {
            if (blocked[t.index()] || t.isProperNoun() || found.stream().anyMatch(m -> m.start() <= t.index()
                    && t.index() < m.end())) {
                continue;
            }
            Kind kind = kind(t);
            if (kind == null) {
                continue;
            }
            for (Word w : words.getOrDefault(lemma(t), List.of())) {
                if (w.partOfSpeech() == '*' && kind != Kind.ADJECTIVE || w.partOfSpeech() == kind.name().charAt(0)) {
                    found.add(new Match(w.type(), t.index(), t.index() + 1, t.index(), kind));
                    break;
                }
            }
        }
        found.sort(Comparator.comparingInt(Match::start));
        return withoutOverlaps(found);
    }

    private static List<Match> withoutOverlaps(List<Match> found) {
        List<Match> kept = new ArrayList<>();
        for (Match m : found) {
            if (kept.stream().noneMatch(m::overlaps)) {
                kept.add(m);
            }
        }
        return kept;
    }

    private static Kind kind(Token t) {
        if (t.isVerb()) {
            return Kind.VERB;
        }
        if (t.tag().equals("NN") || t.tag().equals("NNS")) {
            return Kind.NOUN;
        }
        if (t.tag().startsWith("JJ")) {
            return Kind.ADJECTIVE;
        }
        return null;
    }

    private static boolean matches(List<Token> tokens, int from, List<String> lemmas) {
        for (int i = 0; i < lemmas.size(); i++) {
            String want = lemmas.get(i);
            Token t = tokens.get(from + i);
            if (!want.equals("*") && !want.equals(lemma(t)) && !want.equals(t.word().toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    private static boolean free(boolean[] blocked, int from, int to) {
        for (int i = from; i < to; i++) {
            if (blocked[i]) {
                return false;
            }
        }
        return true;
    }

    /** The verb of a pattern, else its last noun, else its first word: where the parse attaches arguments. */
    private static int head(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            if (tokens.get(i).isVerb()) {
                return i;
            }
        }
        for (int i = to - 1; i >= from; i--) {
            if (tokens.get(i).isNoun()) {
                return i;
            }
        }
        return from;
    }

    static String lemma(Token t) {
        return t.lemma().toLowerCase(Locale.ROOT);
    }
}
