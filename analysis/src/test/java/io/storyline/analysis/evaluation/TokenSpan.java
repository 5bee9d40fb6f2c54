package io.storyline.analysis.evaluation;

/**
 * A named entity over pre-tokenised text.
 *
 * @param sentence index of the sentence within the document
 * @param start first token within that sentence
 * @param end the token after the last one (exclusive)
 * @param type PER, ORG, LOC or MISC
 */
public record TokenSpan(int sentence, int start, int end, String type) {}
