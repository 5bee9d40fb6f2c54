package io.storyline.analysis.entities;

import io.storyline.domain.entity.EntityType;
import io.storyline.domain.entity.MentionSource;

/**
 * A mention found in a text: its sentence, token range (end exclusive), character range and words.
 */
public record FoundMention(int sentence, int tokenStart, int tokenEnd, int begin, int end, String text, EntityType type,
                           MentionSource source) {

    public boolean covers(int sentenceIndex, int token) {
        return sentence == sentenceIndex && tokenStart <= token && token < tokenEnd;
    }

    boolean overlaps(FoundMention other) {
        return sentence == other.sentence && tokenStart < other.tokenEnd && other.tokenStart < tokenEnd;
    }

    boolean contains(FoundMention other) {
        return sentence == other.sentence && tokenStart <= other.tokenStart && other.tokenEnd <= tokenEnd;
    }

    int length() {
        return tokenEnd - tokenStart;
    }

    FoundMention withType(EntityType newType, MentionSource newSource) {
        return new FoundMention(sentence, tokenStart, tokenEnd, begin, end, text, newType, newSource);
    }
}
