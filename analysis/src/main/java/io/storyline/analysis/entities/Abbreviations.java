package io.storyline.analysis.entities;

import io.storyline.analysis.language.AnnotatedText;
import io.storyline.analysis.language.Sentence;
import io.storyline.analysis.language.Token;
import io.storyline.domain.entity.MentionSource;
import io.storyline.domain.entity.Names;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Abbreviations a document introduces after a name, "Israel Defense Forces (IDF)", and their later uses: each
 * stands for the name it followed. An abbreviation has at least two capitals: a word with one ("Kenya", "Rotor")
 * after a name is a name of its own, as in results lists ("Daniel Komen (Kenya) 13:02.62"), not the name's short
 * form, and must not take the name's type.
 */
final class Abbreviations {

    private static final Pattern ABBREVIATION = Pattern.compile("[A-Z][A-Za-z0-9&.]{1,9}");

    private final Map<String, FoundMention> longForms;

    private Abbreviations(Map<String, FoundMention> longForms) {
        this.longForms = longForms;
    }

    static Abbreviations find(AnnotatedText text, List<FoundMention> mentions) {
        Map<String, FoundMention> longForms = new HashMap<>();
        for (FoundMention m : mentions) {
            Sentence s = text.sentences().get(m.sentence());
            int open = m.tokenEnd();
            if (open + 2 < s.tokens().size() && isOpening(s.token(open).word()) && isClosing(s.token(open + 2).word())
                    && m.length() > 1) {
                String abbreviation = s.token(open + 1).word();
                if (!s.token(open + 1).markup() && ABBREVIATION.matcher(abbreviation).matches()
                        && capitals(abbreviation) >= 2 && initialsFit(abbreviation, m.text())) {
                    longForms.putIfAbsent(Names.key(abbreviation), m);
                }
            }
        }
        return new Abbreviations(longForms);
    }

    private static boolean isOpening(String w) {
        return w.equals("(") || w.equals("-LRB-");
    }

    private static boolean isClosing(String w) {
        return w.equals(")") || w.equals("-RRB-");
    }

    private static long capitals(String word) {
        return word.chars().filter(Character::isUpperCase).count();
    }

    /** Whether the abbreviation's capitals appear, in order, among the name's initials and capitals. */
    private static boolean initialsFit(String abbreviation, String name) {
        String caps = abbreviation.replaceAll("[^A-Z]", "");
        int at = 0;
        for (char c : name.toCharArray()) {
            if (at < caps.length() && Character.toUpperCase(c) == caps.charAt(at) && Character.isUpperCase(c)) {
                at++;
            }
        }
        return at == caps.length();
    }

    /** The long form an abbreviation (or a name written like one) stands for, in this document. */
    Optional<FoundMention> longFormOf(String text) {
        return Optional.ofNullable(longForms.get(Names.key(text)));
    }

    /** Uses of the abbreviations that the recogniser did not take for names. */
    List<FoundMention> furtherUses(AnnotatedText text, List<FoundMention> mentions) {
        List<FoundMention> found = new ArrayList<>();
        if (longForms.isEmpty()) {
            return found;
        }
        for (Sentence s : text.sentences()) {
            for (Token t : s.tokens()) {
                FoundMention longForm = longForms.get(Names.key(t.word()));
                if (longForm == null || t.markup() || !t.word().equals(t.word().toUpperCase(java.util.Locale.ROOT))) {
                    continue;
                }
                FoundMention use = new FoundMention(s.index(), t.index(), t.index() + 1, t.begin(), t.end(), t.word(),
                        longForm.type(), MentionSource.ABBREVIATION);
                if (mentions.stream().noneMatch(use::overlaps)) {
                    found.add(use);
                }
            }
        }
        return found;
    }
}
