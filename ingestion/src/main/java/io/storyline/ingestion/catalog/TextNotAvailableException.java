package io.storyline.ingestion.catalog;

import jakarta.ejb.ApplicationException;

/** A document whose text is not there: not extracted yet, or extraction failed. */
@ApplicationException
public class TextNotAvailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public TextNotAvailableException(String message) {
        super(message);
    }
}
