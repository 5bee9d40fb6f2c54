package io.storyline.analysis.events;

import io.storyline.analysis.language.Dependency;
import io.storyline.analysis.language.DependencyTree;
import io.storyline.analysis.language.Sentence;
import io.storyline.analysis.language.Token;
import java.util.List;
import java.util.Locale;

/**
 * Walks a sentence's dependencies. The enhanced graph gives some tokens several heads (a conjunct's subject is
 * also the other conjunct's); walking up takes the head that is not a conjunction edge.
 */
final class Parse {

    private final Sentence sentence;
    private final DependencyTree tree;

    Parse(Sentence sentence) {
        this.sentence = sentence;
        this.tree = new DependencyTree(sentence);
    }

    Sentence sentence() {
        return sentence;
    }

    Token token(int i) {
        return sentence.token(i);
    }

    int size() {
        return sentence.tokens().size();
    }

    boolean parsed() {
        return sentence.parsed();
    }

    /** The head of token {@code i}, or {@code null} at the root. */
    Dependency up(int i) {
        Dependency d = tree.head(i);
        return d == null || d.governor() < 0 ? null : d;
    }

    /** Whether {@code ancestor} lies on the way up from {@code token} to the root. */
    boolean isAncestor(int ancestor, int token) {
        int at = token;
        for (int step = 0; step < size(); step++) {
            Dependency up = up(at);
            if (up == null) {
                return false;
            }
            at = up.governor();
            if (at == ancestor) {
                return true;
            }
        }
        return false;
    }

    List<Dependency> down(int i) {
        return tree.dependents(i);
    }

    /** Whether token {@code i} has a dependent in one of these relations whose lemma is one of these words. */
    boolean hasDependent(int i, List<String> relations, List<String> lemmas) {
        for (Dependency d : down(i)) {
            if (relations.contains(d.base()) || relations.contains(d.relation())) {
                String lemma = token(d.dependent()).lemma().toLowerCase(Locale.ROOT);
                String word = token(d.dependent()).word().toLowerCase(Locale.ROOT);
                if (lemmas.contains(lemma) || lemmas.contains(word)) {
                    return true;
                }
            }
        }
        return false;
    }
}
