package io.storyline.ingestion.backup;

import jakarta.ejb.ApplicationException;

/** A backup that cannot start now (one runs already, or the database cannot be copied online); says why. */
@ApplicationException
public class BackupRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public BackupRefusedException(String message) {
        super(message);
    }
}
