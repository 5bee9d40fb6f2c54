package io.storyline.analysis.entities;

import io.storyline.analysis.knowledge.Knowledge;
import io.storyline.analysis.knowledge.NameAlias;
import io.storyline.analysis.language.AnnotatedText;
import io.storyline.analysis.language.Sentence;
import io.storyline.analysis.language.Token;
import io.storyline.domain.entity.AliasKind;
import io.storyline.domain.entity.EntityType;
import io.storyline.domain.entity.MentionSource;
import io.storyline.domain.entity.Names;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.HashMap;
import java.util.Set;

/**
 * Descriptions that stand for one person of the document: "the Secretary", "the Prime Minister", "the top US
 * diplomat". Who holds which title comes from the document itself ("US Secretary of State Antony Blinken",
 * "Isaac Herzog, the Israeli president"); a description counts only when exactly one person holds a matching
 * title there, so "the President" in a text about two presidents stays unlinked.
 */
final class Descriptions {

    /** A person's title in the document, with the country or body it belongs to ("US", "Israeli"), if said. */
    record Holder(FoundMention person, String title, String qualifier) {
    }

    /** A description and the mentions of the people whose titles fit it; it stands for them if they are one. */
    record Described(FoundMention mention, List<FoundMention> people) {
    }

    private record Candidate(FoundMention mention, String title, String qualifier) {
    }

    private final NameMatcher aliases;
    private final Map<String, String> aliasTitles = new HashMap<>();
    private final Map<String, String> canonicalNames = new HashMap<>();

    Descriptions(Knowledge knowledge) {
        List<NameMatcher.Name> phrases = new ArrayList<>();
        for (NameAlias a : knowledge.aliases()) {
            if (a.kind() == AliasKind.DESCRIPTION) {
                phrases.add(new NameMatcher.Name(a.alias(), EntityType.PERSON, false, MentionSource.DESCRIPTION));
                aliasTitles.put(Names.key(a.alias()), a.canonical());
            } else {
                canonicalNames.put(Names.key(a.alias()), Names.key(a.canonical()));
            }
        }
        this.aliases = new NameMatcher(phrases);
    }

    List<Described> find(AnnotatedText text, List<FoundMention> mentions) {
        List<Holder> holders = holders(text, mentions);
        List<Described> found = new ArrayList<>();
        if (holders.isEmpty()) {
            return found;
        }
        for (Sentence s : text.sentences()) {
            for (Candidate c : candidates(text, s, mentions)) {
                List<FoundMention> people = new ArrayList<>();
                for (Holder h : holders) {
                    if (Titles.covers(c.title(), h.title()) && agree(c.qualifier(), h.qualifier())) {
                        people.add(h.person());
                    }
                }
                if (!people.isEmpty() && found.stream().noneMatch(r -> r.mention().overlaps(c.mention()))) {
                    found.add(new Described(c.mention(), people));
                }
            }
        }
        return found;
    }

    /** Who holds which title: a title right before a person's name, or after it as "Name, the [...] title,". */
    private static List<Holder> holders(AnnotatedText text, List<FoundMention> mentions) {
        List<Holder> holders = new ArrayList<>();
        for (FoundMention m : mentions) {
            if (m.type() != EntityType.PERSON) {
                continue;
            }
            Sentence s = text.sentences().get(m.sentence());
            List<String> words = words(s);
            int before = Titles.titleEndingAt(words, m.tokenStart());
            if (before > 0) {
                int titleStart = m.tokenStart() - before;
                holders.add(new Holder(m, join(words, titleStart, m.tokenStart()), qualifierBefore(s, titleStart)));
            }
            int at = m.tokenEnd();
            if (at + 2 < words.size() && words.get(at).equals(",")) {
                int j = at + 1;
                if (words.get(j).equalsIgnoreCase("the")) {
                    j++;
                }
                int qualifierStart = j;
                while (j < words.size() && j - qualifierStart < 2 && isQualifier(s.token(j))) {
                    j++;
                }
                int length = Titles.titleAt(words, j);
                int end = j + length;
                if (length > 0 && (end == words.size() || Set.of(",", ".", ";", ")", "-RRB-").contains(words.get(end)))) {
                    holders.add(new Holder(m, join(words, j, end),
                            qualifierStart < j ? join(words, qualifierStart, j) : null));
                }
            }
        }
        return holders;
    }

    /** "the [qualifier] title" not followed by a name, and the phrases of description aliases. */
    private List<Candidate> candidates(AnnotatedText text, Sentence s, List<FoundMention> mentions) {
        List<Candidate> found = new ArrayList<>();
        for (FoundMention phrase : aliases.find(text.text(), s)) {
            String title = aliasTitles.get(Names.key(phrase.text()));
            List<String> titleWords = List.of(title.split("\\s+"));
            int length = 0;
            int start = 0;
            for (; start < titleWords.size() && length == 0; start++) {
                length = Titles.titleAt(titleWords, start);
            }
            start--;
            if (length > 0) {
                found.add(new Candidate(phrase, join(titleWords, start, start + length),
                        start > 0 ? join(titleWords, 0, start) : null));
            }
        }
        List<String> words = words(s);
        for (int i = 0; i + 1 < words.size(); i++) {
            if (!words.get(i).equalsIgnoreCase("the")) {
                continue;
            }
            int j = i + 1;
            while (j < words.size() && j - i - 1 < 2 && isQualifier(s.token(j))) {
                j++;
            }
            int length = Titles.titleAt(words, j);
            if (length == 0 || insideName(s, mentions, j)) {
                continue; // no title, or a title inside a name ("the Prime Minister's Office")
            }
            int end = j + length;
            if (end < words.size() && (startsName(s, mentions, end) || words.get(end).equals("of"))) {
                continue; // a title before a name ("the Prime Minister Benjamin Netanyahu"), or "the President of X"
            }
            Token first = s.token(i + 1);
            Token last = s.token(end - 1);
            FoundMention mention = new FoundMention(s.index(), i + 1, end, first.begin(), last.end(),
                    text.text().substring(first.begin(), last.end()), EntityType.PERSON, MentionSource.DESCRIPTION);
            if (found.stream().noneMatch(c -> c.mention().overlaps(mention))) {
                found.add(new Candidate(mention, join(words, j, end), j > i + 1 ? join(words, i + 1, j) : null));
            }
        }
        return found;
    }

    private static boolean insideName(Sentence s, List<FoundMention> mentions, int token) {
        return mentions.stream().anyMatch(m -> m.covers(s.index(), token));
    }

    private static boolean startsName(Sentence s, List<FoundMention> mentions, int token) {
        Token t = s.token(token);
        return t.isProperNoun() && !Titles.isTitleWord(t.word())
                || mentions.stream().anyMatch(m -> m.sentence() == s.index() && m.tokenStart() == token
                && m.type() == EntityType.PERSON);
    }

    private static String qualifierBefore(Sentence s, int titleStart) {
        int q = titleStart;
        while (q > 0 && titleStart - q < 2 && isQualifier(s.token(q - 1))) {
            q--;
        }
        return q < titleStart ? join(words(s), q, titleStart) : null;
    }

    /** A country, nationality or body a title belongs to: "US", "Israeli", "Palestinian", "UN". */
    private static boolean isQualifier(Token t) {
        return !t.markup() && Set.of("LOCATION", "MISC", "ORGANIZATION").contains(t.ner())
                || t.word().length() > 1 && Character.isUpperCase(t.word().charAt(0)) && t.tag().equals("JJ");
    }

    private boolean agree(String a, String b) {
        if (a == null || b == null) {
            return true;
        }
        String ka = canonical(Names.key(a));
        String kb = canonical(Names.key(b));
        return ka.equals(kb) || ka.startsWith(kb) || kb.startsWith(ka)
                || ka.length() >= 4 && kb.length() >= 4 && ka.substring(0, 4).equals(kb.substring(0, 4));
    }

    private String canonical(String key) {
        return canonicalNames.getOrDefault(key, key);
    }

    private static List<String> words(Sentence s) {
        return s.tokens().stream().map(Token::word).toList();
    }

    private static String join(List<String> words, int from, int to) {
        return String.join(" ", words.subList(from, to)).toLowerCase(Locale.ROOT);
    }
}
