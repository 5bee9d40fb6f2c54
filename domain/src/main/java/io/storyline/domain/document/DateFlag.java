package io.storyline.domain.document;

/**
 * Why a document needs a person's look: its publication date, or (the one flag not about the date) characters that
 * may be wrong. Documents with any flag are listed for review.
 */
public enum DateFlag {
    /** No source gave a date. */
    MISSING,
    /** The chosen date lies after the moment the document arrived. */
    FUTURE,
    /** The chosen date lies before {@code storyline.dates.oldest-plausible}. */
    IMPLAUSIBLY_OLD,
    /** Another source gives a date more than a day away from the chosen one. */
    CONTRADICTED,
    /** No charset gave the text cleanly (a web page or text in a mislabelled or mixed encoding). */
    ENCODING_UNCERTAIN
}
