package io.storyline.analysis.language;

import java.util.ArrayList;
import java.util.List;

/**
 * One sentence: its tokens, the dependencies between them (Universal Dependencies, enhanced: relation names carry
 * their preposition, as in {@code obl:in}, and subjects are shared over conjunctions), and its time expressions.
 *
 * @param index the sentence's position in the text, from 0
 */
public record Sentence(int index, int begin, int end, List<Token> tokens, List<Dependency> dependencies,
                       List<Timex> times) {

    public Sentence {
        tokens = List.copyOf(tokens);
        dependencies = List.copyOf(dependencies);
        times = List.copyOf(times);
    }

    public Token token(int index) {
        return tokens.get(index);
    }

    /** The dependents of token {@code governor}. */
    public List<Dependency> dependentsOf(int governor) {
        List<Dependency> found = new ArrayList<>();
        for (Dependency d : dependencies) {
            if (d.governor() == governor) {
                found.add(d);
            }
        }
        return found;
    }

    /** The edges that lead to token {@code dependent} (more than one in the enhanced graph). */
    public List<Dependency> governorsOf(int dependent) {
        List<Dependency> found = new ArrayList<>();
        for (Dependency d : dependencies) {
            if (d.dependent() == dependent) {
                found.add(d);
            }
        }
        return found;
    }

    /** Whether dependencies were computed for this sentence. */
    public boolean parsed() {
        return !dependencies.isEmpty();
    }
}
