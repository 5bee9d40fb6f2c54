package io.storyline.analysis.evaluation.formats;

/**
 * A TIMEX3 inside a TimeML document's {@code <TEXT>}.
 *
 * @param tid its id (t12); null for predictions not yet written
 * @param begin first character in the document's raw text
 * @param end character after the last one
 * @param type DATE, TIME, DURATION or SET; null when absent
 * @param value the normalised value; null when absent
 */
public record TimeMlTimex(String tid, int begin, int end, String type, String value) {}
