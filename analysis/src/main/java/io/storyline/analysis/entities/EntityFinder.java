package io.storyline.analysis.entities;

import io.storyline.analysis.knowledge.GazetteerName;
import io.storyline.analysis.knowledge.Knowledge;
import io.storyline.analysis.knowledge.NameAlias;
import io.storyline.analysis.language.AnnotatedText;
import io.storyline.analysis.language.Sentence;
import io.storyline.analysis.language.Token;
import io.storyline.domain.entity.AliasKind;
import io.storyline.domain.entity.EntityType;
import io.storyline.domain.entity.MentionSource;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds a document's entities. One finder serves one snapshot of the {@link Knowledge}; it is immutable and can be
 * shared by threads.
 */
public final class EntityFinder {

    private static final Map<String, EntityType> RECOGNISED = Map.of(
            "PERSON", EntityType.PERSON, "ORGANIZATION", EntityType.ORGANIZATION,
            "LOCATION", EntityType.LOCATION, "MISC", EntityType.OTHER);

    static final Set<String> PRONOUNS = Set.of("i", "me", "my", "mine", "myself", "you", "your", "yours", "yourself",
            "he", "him", "his", "himself", "she", "her", "hers", "herself", "it", "its", "itself", "we", "us", "our",
            "ours", "ourselves", "they", "them", "their", "theirs", "themselves", "who", "whom", "whose", "which",
            "that", "this", "these", "those");

    private static final int DATELINE_TOKENS = 8;

    private final Knowledge knowledge;
    private final NameMatcher names;
    private final Descriptions descriptions;
    private final EntityResolver resolver;

    public EntityFinder(Knowledge knowledge) {
        this.knowledge = knowledge;
        List<NameMatcher.Name> listed = new ArrayList<>();
        for (GazetteerName g : knowledge.gazetteer()) {
            listed.add(new NameMatcher.Name(g.name(), g.type(), g.caseSensitive(), MentionSource.GAZETTEER));
        }
        for (NameAlias a : knowledge.aliases()) {
            if (a.kind() == AliasKind.NAME) {
                listed.add(new NameMatcher.Name(a.alias(), a.type(), true, MentionSource.GAZETTEER));
            }
        }
        this.names = new NameMatcher(listed);
        this.descriptions = new Descriptions(knowledge);
        this.resolver = new EntityResolver(knowledge);
    }

    public EntityAnalysis find(AnnotatedText text) {
        List<FoundMention> mentions = new ArrayList<>();
        Set<FoundMention> datelines = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Sentence sentence : text.sentences()) {
            List<FoundMention> inSentence = combine(recognised(text.text(), sentence), names.find(text.text(), sentence));
            inSentence.removeIf(m -> notAName(m, sentence));
            inSentence.replaceAll(m -> withTitleOwner(text.text(), sentence, m));
            inSentence.stream().filter(m -> isDatelinePlace(sentence, m)).forEach(datelines::add);
            mentions.addAll(inSentence);
        }
        Abbreviations abbreviations = Abbreviations.find(text, mentions);
        mentions.addAll(abbreviations.furtherUses(text, mentions));
        List<Descriptions.Described> described = descriptions.find(text, mentions);
        for (Descriptions.Described d : described) {
            mentions.removeIf(m -> d.mention().contains(m));
        }
        mentions.sort(Comparator.comparingInt(FoundMention::begin));
        return resolver.resolve(mentions, abbreviations, described, datelines);
    }

    /** The recogniser's names: runs of tokens with one entity tag; markup ends a run, and is never in one. */
    private static List<FoundMention> recognised(String text, Sentence sentence) {
        List<FoundMention> found = new ArrayList<>();
        List<Token> tokens = sentence.tokens();
        int i = 0;
        while (i < tokens.size()) {
            EntityType type = RECOGNISED.get(tokens.get(i).ner());
            if (type == null || tokens.get(i).markup()) {
                i++;
                continue;
            }
            int start = i;
            String tag = tokens.get(i).ner();
            while (i < tokens.size() && tokens.get(i).ner().equals(tag) && !tokens.get(i).markup()) {
                i++;
            }
            Token first = tokens.get(start);
            Token last = tokens.get(i - 1);
            found.add(new FoundMention(sentence.index(), start, i, first.begin(), last.end(),
                    text.substring(first.begin(), last.end()), type, MentionSource.RECOGNISER));
        }
        return found;
    }

    /**
     * The recogniser's names and the listed ones together. A listed name replaces the recogniser's names it
     * overlaps ("Al Mayadeen" is an outlet, not a person; "al-Quds" is one place, not "Quds"), unless the
     * recogniser found a longer name around it ("Latin America" stays, though "America" is listed).
     */
    private static List<FoundMention> combine(List<FoundMention> recognised, List<FoundMention> listed) {
        List<FoundMention> result = new ArrayList<>(recognised);
        for (FoundMention name : listed) {
            boolean inside = recognised.stream().anyMatch(r -> r.contains(name) && r.length() > name.length());
            if (inside) {
                continue;
            }
            result.removeIf(name::overlaps);
            result.add(name);
        }
        result.sort(Comparator.comparingInt(FoundMention::tokenStart));
        return result;
    }

    /**
     * An organisation's name that follows a title's possessive takes the title in: the recogniser finds "Office"
     * in "the Prime Minister's Office", but the name is "Prime Minister's Office".
     */
    private static FoundMention withTitleOwner(String text, Sentence sentence, FoundMention m) {
        int possessive = m.tokenStart() - 1;
        if (m.type() != EntityType.ORGANIZATION || possessive < 1
                || !Set.of("'s", "\u2019s").contains(sentence.token(possessive).word())) {
            return m;
        }
        List<String> words = sentence.tokens().stream().map(Token::word).toList();
        int title = Titles.titleEndingAt(words, possessive);
        if (title == 0) {
            return m;
        }
        Token first = sentence.token(possessive - title);
        return new FoundMention(m.sentence(), first.index(), m.tokenEnd(), first.begin(), m.end(),
                text.substring(first.begin(), m.end()), m.type(), m.source());
    }

    /**
     * A dateline's place: a place in capitals opening a short line that holds a date ("NEW YORK 1996-08-30",
     * "NICE, France, March 3"). It is the place the story was filed from, whatever the same name is elsewhere in
     * the story (a team in the results below).
     */
    private static boolean isDatelinePlace(Sentence sentence, FoundMention m) {
        return m.type() == EntityType.LOCATION && m.tokenStart() == 0 && !sentence.times().isEmpty()
                && sentence.tokens().size() <= DATELINE_TOKENS && m.text().equals(m.text().toUpperCase(Locale.ROOT))
                && m.text().length() > 1;
    }

    private boolean notAName(FoundMention m, Sentence sentence) {
        boolean allPronouns = true;
        boolean anyLetter = false;
        for (int t = m.tokenStart(); t < m.tokenEnd(); t++) {
            Token token = sentence.token(t);
            String word = token.word();
            boolean capitals = word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT)); // "US" is a country
            allPronouns &= !capitals && (token.isPronoun() || PRONOUNS.contains(word.toLowerCase(Locale.ROOT)));
            anyLetter |= token.word().chars().anyMatch(Character::isLetter);
        }
        return allPronouns || !anyLetter || knowledge.isNeverEntity(m.text());
    }
}
