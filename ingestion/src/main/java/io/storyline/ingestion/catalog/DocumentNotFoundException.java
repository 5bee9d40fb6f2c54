package io.storyline.ingestion.catalog;

import jakarta.ejb.ApplicationException;

/** No document has the id asked for. */
@ApplicationException
public class DocumentNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final long id;

    public DocumentNotFoundException(long id) {
        super("There is no document " + id + ".");
        this.id = id;
    }

    public long id() {
        return id;
    }
}
