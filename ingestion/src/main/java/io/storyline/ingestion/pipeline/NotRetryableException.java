package io.storyline.ingestion.pipeline;

import jakarta.ejb.ApplicationException;

/** A retry of a document that has not failed. */
@ApplicationException(rollback = true)
public class NotRetryableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NotRetryableException(String message) {
        super(message);
    }
}
