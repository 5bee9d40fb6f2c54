package io.storyline.analysis.language;

import java.util.ArrayList;
import java.util.List;

/**
 * A sentence's dependencies indexed by token: one head per token and the dependents of each. The enhanced graph
 * gives some tokens several heads (a conjunct's subject is also the other conjunct's); the head kept is one that is
 * not a conjunction, reference or root edge when there is such a one.
 */
public final class DependencyTree {

    private final Dependency[] head;
    private final List<List<Dependency>> dependents;

    public DependencyTree(Sentence sentence) {
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

    /** The edge from token {@code i}'s head (its root edge at the root), or {@code null} for an unparsed token. */
    public Dependency head(int i) {
        return head[i];
    }

    /** The edges from token {@code i} to its dependents. */
    public List<Dependency> dependents(int i) {
        return dependents.get(i);
    }
}
