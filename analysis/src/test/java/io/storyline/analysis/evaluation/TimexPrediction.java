package io.storyline.analysis.evaluation;

/**
 * A time expression a system found.
 *
 * @param begin first character in the text the system was given
 * @param end the character after the last one (exclusive)
 * @param type the TIMEX3 type: DATE, TIME, DURATION or SET
 * @param value the normalised TIMEX3 value, e.g. 2024-05-01, PXY, PRESENT_REF
 */
public record TimexPrediction(int begin, int end, String type, String value) {}
