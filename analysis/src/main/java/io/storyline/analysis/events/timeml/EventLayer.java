package io.storyline.analysis.events.timeml;

import io.storyline.analysis.language.AnnotatedText;
import io.storyline.analysis.language.Sentence;
import io.storyline.analysis.language.Timex;
import io.storyline.analysis.language.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds every event a text tells, TimeML-style: main verbs (not auxiliaries, not copulas) and eventive nouns
 * ({@link EventWords}), each with its grammar ({@link Grammar}). Uses only what the language pipeline computed:
 * tags, lemmas and the dependency parse. Stateless and thread-safe.
 */
public final class EventLayer {

    /**
     * Relations under which a verb only helps another: "has left", "was seen", "is a leader". A main "be" is no
     * event either ("there is a risk", "the risk is that"): TimeML marks what is, not the being.
     */
    private static final Set<String> HELPERS = Set.of("aux", "cop");
    private static final Set<String> AUXILIARIES = Set.of("be", "have", "do", "get");

    public List<EventMention> find(AnnotatedText text) {
        List<EventMention> mentions = new ArrayList<>();
        for (Sentence sentence : text.sentences()) {
            find(sentence, mentions);
        }
        return mentions;
    }

    private void find(Sentence sentence, List<EventMention> out) {
        Tree tree = new Tree(sentence);
        Grammar grammar = new Grammar(tree);
        boolean[] blocked = blocked(sentence);
        for (Token t : sentence.tokens()) {
            int i = t.index();
            if (blocked[i] || t.markup()) {
                continue;
            }
            boolean verb = t.isVerb() && !helper(sentence, tree, i) && !tree.lemma(i).equals("be")
                    && !preposition(tree, i);
            boolean noun = !verb && t.isNoun() && !t.isProperNoun() && t.ner().equals("O")
                    && EventWords.eventNoun(tree.lemma(i));
            if (verb || noun) {
                out.add(grammar.mention(sentence.index(), t, verb));
            }
        }
    }

    /** Participles that work as prepositions: "including", "based in", "compared with", "according to". */
    private static boolean preposition(Tree tree, int i) {
        String relation = tree.relation(i);
        return relation.equals("case") || relation.equals("mark");
    }

    /** Whether a verb is an auxiliary or a copula (by the parse, or by what follows it when there is none). */
    private static boolean helper(Sentence sentence, Tree tree, int i) {
        if (tree.parsed()) {
            String relation = tree.relation(i);
            int colon = relation.indexOf(':');
            return HELPERS.contains(colon < 0 ? relation : relation.substring(0, colon));
        }
        if (!AUXILIARIES.contains(tree.lemma(i))) {
            return false;
        }
        for (int j = i + 1; j < sentence.tokens().size() && j <= i + 3; j++) {
            Token next = sentence.token(j);
            if (next.isVerb()) {
                return true;
            }
            if (!next.tag().startsWith("RB")) {
                return false;
            }
        }
        return false;
    }

    /** Tokens inside time expressions are never events ("the week", "a year-ago period"). */
    private static boolean[] blocked(Sentence sentence) {
        boolean[] blocked = new boolean[sentence.tokens().size()];
        for (Timex t : sentence.times()) {
            for (int i = Math.max(0, t.tokenStart()); i < t.tokenEnd() && i < blocked.length; i++) {
                blocked[i] = true;
            }
        }
        return blocked;
    }
}
