package io.storyline.analysis.knowledge;

import java.util.List;
import java.util.Objects;

/**
 * An event type as analysis uses it.
 *
 * @param triggers lemmas, each optionally limited to verbs, nouns or adjectives ({@code meet/V})
 * @param patterns lemma sequences, {@code *} for any one word ({@code carry out * operation})
 */
public record EventRule(String code, String name, List<String> triggers, List<String> patterns) {

    public EventRule {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        triggers = List.copyOf(triggers);
        patterns = List.copyOf(patterns);
    }
}
