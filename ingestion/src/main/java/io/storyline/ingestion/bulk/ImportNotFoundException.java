package io.storyline.ingestion.bulk;

import jakarta.ejb.ApplicationException;

/** No import has the id asked for. */
@ApplicationException
public class ImportNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ImportNotFoundException(long id) {
        super("There is no import " + id + ".");
    }
}
