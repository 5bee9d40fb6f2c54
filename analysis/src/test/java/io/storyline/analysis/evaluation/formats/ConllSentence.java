package io.storyline.analysis.evaluation.formats;

import java.util.List;

/**
 * The token lines between two blank lines.
 *
 * @param tokens in order
 */
public record ConllSentence(List<ConllToken> tokens) {

    public ConllSentence {
        tokens = List.copyOf(tokens);
    }

    public List<String> words() {
        return tokens.stream().map(ConllToken::word).toList();
    }

    public List<String> tags() {
        return tokens.stream().map(ConllToken::tag).toList();
    }

    /** The gold entities, decoded from the tag column. */
    public List<Iob1.Chunk> entities() {
        return Iob1.decode(tags());
    }
}
