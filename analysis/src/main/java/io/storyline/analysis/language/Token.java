package io.storyline.analysis.language;

/**
 * One token.
 *
 * @param index  its position in the sentence, from 0
 * @param word   the token as written in the text
 * @param tag    its Penn Treebank part-of-speech tag
 * @param ner    its named-entity tag ({@code PERSON}, {@code ORGANIZATION}, {@code LOCATION}, {@code MISC}, a
 *               numeric or time tag, or {@code O}); always {@code O} for markup
 * @param markup whether the token is or touches markup (a tag, a character reference, an attribute; see {@link
 *               Markup}): such a token is never part of a name, a mention or a participant
 */
public record Token(int index, int begin, int end, String word, String lemma, String tag, String ner, boolean markup) {

    public boolean isVerb() {
        return tag.startsWith("VB");
    }

    public boolean isNoun() {
        return tag.startsWith("NN");
    }

    public boolean isProperNoun() {
        return tag.startsWith("NNP");
    }

    public boolean isPronoun() {
        return tag.equals("PRP") || tag.equals("PRP$") || tag.equals("WP") || tag.equals("WP$");
    }

    /** The same token {@code offset} characters further on. */
    public Token shifted(int offset) {
        return new Token(index, begin + offset, end + offset, word, lemma, tag, ner, markup);
    }
}
