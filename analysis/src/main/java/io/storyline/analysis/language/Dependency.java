package io.storyline.analysis.language;

/**
 * A dependency between two tokens of a sentence.
 *
 * @param governor  the head's token index, or {@value #ROOT} for the root of the sentence
 * @param dependent the dependent's token index
 * @param relation  the Universal Dependencies relation, with its preposition in enhanced form ({@code obl:in})
 */
public record Dependency(int governor, int dependent, String relation) {

    public static final int ROOT = -1;

    /** The relation without its subtype: {@code obl} for {@code obl:in}. */
    public String base() {
        int colon = relation.indexOf(':');
        return colon < 0 ? relation : relation.substring(0, colon);
    }

    /** The preposition or subtype after the colon, or the empty string. */
    public String subtype() {
        int colon = relation.indexOf(':');
        return colon < 0 ? "" : relation.substring(colon + 1);
    }
}
