package io.storyline.analysis.events.timeml;

import io.storyline.analysis.language.Dependency;
import io.storyline.analysis.language.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A sentence's parse as one head per token (the enhanced graph's conjunction edges give way to the others, as in
 * the news-event rules) and the dependents of each token.
 */
final class Tree {

    private final Sentence sentence;
    private final Dependency[] head;
    private final List<List<Dependency>> dependents;

    Tree(Sentence sentence) {
        this.sentence = sentence;
        int n = sentence.tokens().size();
        this.head = new Dependency[n];
        this.dependents = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            dependents.add(new ArrayList<>(2));
        }
        for (Dependency d : sentence.dependencies()) {
            if (d.dependent() < 0 || d.dependent() >= n) {
                continue;
            }
            if (d.governor() >= 0 && d.governor() < n) {
                dependents.get(d.governor()).add(d);
            }
            Dependency current = head[d.dependent()];
            if (current == null || weak(current) && !weak(d)) {
                head[d.dependent()] = d;
            }
        }
    }

    private static boolean weak(Dependency d) {
        return d.base().equals("conj") || d.base().equals("ref") || d.relation().equals("root");
    }

    int size() {
        return head.length;
    }

    boolean parsed() {
        return sentence.parsed();
    }

    /** The relation to token {@code i}'s head ({@code root} at the root, empty when unparsed). */
    String relation(int i) {
        Dependency d = head[i];
        return d == null ? "" : d.relation();
    }

    /** The head of token {@code i}, or -1. */
    int governor(int i) {
        Dependency d = head[i];
        return d == null ? -1 : d.governor();
    }

    List<Dependency> down(int i) {
        return dependents.get(i);
    }

    /** The first dependent of {@code i} in a relation with this base ({@code aux}, {@code mark}), or -1. */
    int dependent(int i, String base) {
        for (Dependency d : dependents.get(i)) {
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
