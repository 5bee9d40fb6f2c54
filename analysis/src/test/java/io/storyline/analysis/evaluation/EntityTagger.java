package io.storyline.analysis.evaluation;

import java.util.List;

/**
 * A system that finds named entities in pre-tokenised sentences, measured on CoNLL-2003. Called from
 * several threads at once, one document per call.
 */
public interface EntityTagger {

    /** A short name, unique among the entity taggers; it names the system's column and prediction folder. */
    String name();

    /**
     * @param sentences one document's sentences, each a list of tokens
     * @return the entities found; an entity may not cross a sentence
     */
    List<TokenSpan> tag(List<List<String>> sentences);
}
