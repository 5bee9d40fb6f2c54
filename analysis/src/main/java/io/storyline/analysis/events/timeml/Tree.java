package io.storyline.analysis.events.timeml;

import io.storyline.analysis.language.Dependency;
import io.storyline.analysis.language.DependencyTree;
import io.storyline.analysis.language.Sentence;
import java.util.List;
import java.util.Locale;

/**
 * A sentence's parse as one head per token (the enhanced graph's conjunction edges give way to the others, as in
 * the news-event rules) and the dependents of each token.
 */
final class Tree {

    private final Sentence sentence;
    private final DependencyTree tree;

    Tree(Sentence sentence) {
        this.sentence = sentence;
        this.tree = new DependencyTree(sentence);
    }

    int size() {
        return sentence.tokens().size();
    }

    boolean parsed() {
        return sentence.parsed();
    }

    /** The relation to token {@code i}'s head ({@code root} at the root, empty when unparsed). */
    String relation(int i) {
        Dependency d = tree.head(i);
        return d == null ? "" : d.relation();
    }

    /** The head of token {@code i}, or -1. */
    int governor(int i) {
        Dependency d = tree.head(i);
        return d == null ? -1 : d.governor();
    }

    List<Dependency> down(int i) {
        return tree.dependents(i);
    }

    /** The first dependent of {@code i} in a relation with this base ({@code aux}, {@code mark}), or -1. */
    int dependent(int i, String base) {
        for (Dependency d : tree.dependents(i)) {
            if (d.base().equals(base)) {
                return d.dependent();
            }
        }
        return -1;
    }

    String lower(int i) {
        return sentence.token(i).word().toLowerCase(Locale.ROOT);
    }

    String lemma(int i) {
        return sentence.token(i).lemma().toLowerCase(Locale.ROOT);
    }

    String tag(int i) {
        return sentence.token(i).tag();
    }
}
