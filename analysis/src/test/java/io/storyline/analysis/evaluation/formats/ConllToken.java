package io.storyline.analysis.evaluation.formats;

import java.util.List;

/**
 * One line of a CoNLL file.
 *
 * @param columns the whitespace-separated columns: token, POS, chunk, NER tag for CoNLL-2003
 */
public record ConllToken(List<String> columns) {

    public ConllToken {
        columns = List.copyOf(columns);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("a token line needs at least one column");
        }
    }

    public String word() {
        return columns.get(0);
    }

    /** The gold tag: the last column. */
    public String tag() {
        return columns.get(columns.size() - 1);
    }
}
