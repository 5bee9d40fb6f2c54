package io.storyline.ingestion.bulk;

import jakarta.ejb.ApplicationException;

/** An import that cannot start or change as asked; the message says why. */
@ApplicationException(rollback = true)
public class ImportRejectedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ImportRejectedException(String message) {
        super(message);
    }
}
