package io.storyline.analysis.evaluation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * All systems' results on one gold set.
 *
 * @param name the set's folder name (tempeval3-tbaq, conll2003, meantime-apple)
 * @param documents documents scored
 * @param tokens tokens in those documents, for throughput
 * @param tokenUnit what {@code tokens} counts: the gold's tokens, or whitespace-separated words for TimeML
 * @param gold how many gold items of each kind the documents hold, in report order
 * @param systems one result per system, in the order they were given
 */
public record SetResult<S>(String name, int documents, long tokens, String tokenUnit, Map<String, Integer> gold,
        List<SystemResult<S>> systems) {

    public SetResult {
        gold = Collections.unmodifiableMap(new LinkedHashMap<>(gold));
        systems = List.copyOf(systems);
    }

    public Optional<SystemResult<S>> system(String systemName) {
        return systems.stream().filter(result -> result.system().equals(systemName)).findFirst();
    }
}
