package io.storyline.domain.user;

import jakarta.ejb.ApplicationException;

/** A user name that cannot be used; the message says why. */
@ApplicationException(rollback = true)
public class InvalidUsernameException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InvalidUsernameException(String message) {
        super(message);
    }
}
