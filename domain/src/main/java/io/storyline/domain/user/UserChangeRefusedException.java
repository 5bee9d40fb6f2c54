package io.storyline.domain.user;

import jakarta.ejb.ApplicationException;

/**
 * A change to an account that the rules forbid, e.g. an admin disabling their own account or removing the last
 * admin; the message says why, for the person who asked.
 */
@ApplicationException(rollback = true)
public class UserChangeRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UserChangeRefusedException(String message) {
        super(message);
    }
}
