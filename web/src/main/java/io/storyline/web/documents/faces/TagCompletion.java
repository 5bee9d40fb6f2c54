package io.storyline.web.documents.faces;

import java.util.List;
import java.util.function.Function;

/**
 * Completion for a comma-separated list of tags typed in one field: the last name is completed, the names before
 * it stay as typed, and names already in the list are not offered again.
 */
final class TagCompletion {

    private TagCompletion() {
    }

    /**
     * The whole field's value for each suggestion.
     *
     * @param typed    what the field holds
     * @param inUse    the tags in use that contain a fragment
     */
    static List<String> complete(String typed, Function<String, List<String>> inUse) {
        String value = typed == null ? "" : typed;
        int comma = value.lastIndexOf(',');
        String head = comma < 0 ? "" : value.substring(0, comma + 1);
        String last = value.substring(comma + 1).strip();
        List<String> before = List.of(head.split(",")).stream().map(String::strip).filter(s -> !s.isEmpty())
                .map(s -> s.toLowerCase(java.util.Locale.ROOT)).toList();
        String prefix = head.isEmpty() ? "" : head.strip() + " ";
        return inUse.apply(last).stream()
                .filter(name -> !before.contains(name))
                .map(name -> prefix + name)
                .toList();
    }
}
