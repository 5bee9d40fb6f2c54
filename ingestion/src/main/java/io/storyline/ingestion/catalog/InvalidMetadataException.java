package io.storyline.ingestion.catalog;

import jakarta.ejb.ApplicationException;

/** A correction of a document's metadata that cannot be applied; the message says why. */
@ApplicationException(rollback = true)
public class InvalidMetadataException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InvalidMetadataException(String message) {
        super(message);
    }
}
