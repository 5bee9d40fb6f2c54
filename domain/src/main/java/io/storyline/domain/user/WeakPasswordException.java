package io.storyline.domain.user;

import jakarta.ejb.ApplicationException;

/** A password that {@link PasswordPolicy} refuses; the message says why, for the user. */
@ApplicationException(rollback = true)
public class WeakPasswordException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public WeakPasswordException(String message) {
        super(message);
    }
}
