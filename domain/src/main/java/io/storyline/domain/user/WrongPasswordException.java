package io.storyline.domain.user;

import jakarta.ejb.ApplicationException;

/** The current password given to change one's own password is not the account's password. */
@ApplicationException(rollback = true)
public class WrongPasswordException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public WrongPasswordException() {
        super("The current password is wrong.");
    }
}
