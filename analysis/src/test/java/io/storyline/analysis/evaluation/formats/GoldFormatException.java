package io.storyline.analysis.evaluation.formats;

import java.io.IOException;

/**
 * A gold file that cannot be read as its format says: broken XML, a missing {@code <TEXT>}, an
 * anchor to a token that does not exist. An {@link IOException} so that callers handle one unreadable
 * file the same way whatever the reason.
 */
public class GoldFormatException extends IOException {

    private static final long serialVersionUID = 1L;

    public GoldFormatException(String message) {
        super(message);
    }

    public GoldFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
