package io.storyline.analysis.evaluation;

/**
 * A mention in raw text.
 *
 * @param begin first character
 * @param end the character after the last one (exclusive)
 * @param type the entity type (PER, ORG, LOC, PRO, FIN, MIX for MEANTIME) or null when the system has none
 */
public record CharSpan(int begin, int end, String type) {}
