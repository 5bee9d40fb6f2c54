package io.storyline.domain.document;

/** Why a document's publication date needs a person's look. Documents with any flag are listed for review. */
public enum DateFlag {
    /** No source gave a date. */
    MISSING,
    /** The chosen date lies after the moment the document arrived. */
    FUTURE,
    /** The chosen date lies before {@code storyline.dates.oldest-plausible}. */
    IMPLAUSIBLY_OLD,
    /** Another source gives a date more than a day away from the chosen one. */
    CONTRADICTED
}
