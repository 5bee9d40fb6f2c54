package io.storyline.analysis.evaluation.formats;

import java.util.List;

/**
 * The sentences between two {@code -DOCSTART-} lines.
 *
 * @param sentences in order
 */
public record ConllDocument(List<ConllSentence> sentences) {

    public ConllDocument {
        sentences = List.copyOf(sentences);
    }

    /** The pre-tokenised sentences an entity tagger gets. */
    public List<List<String>> words() {
        return sentences.stream().map(ConllSentence::words).toList();
    }

    public int tokenCount() {
        return sentences.stream().mapToInt(sentence -> sentence.tokens().size()).sum();
    }
}
