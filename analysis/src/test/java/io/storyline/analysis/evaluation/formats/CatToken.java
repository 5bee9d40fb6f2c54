package io.storyline.analysis.evaluation.formats;

/**
 * A token of a MEANTIME CAT document and where it stands in the rebuilt text.
 *
 * @param id the {@code t_id}
 * @param sentence the sentence number
 * @param number the token's number in the document
 * @param text the token as written
 * @param begin its first character in {@link CatDocument#text()}
 * @param end the character after its last one
 */
public record CatToken(String id, int sentence, int number, String text, int begin, int end) {}
