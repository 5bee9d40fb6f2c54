package io.storyline.domain.user;

import jakarta.ejb.ApplicationException;

/** Another account already has this user name. */
@ApplicationException(rollback = true)
public class DuplicateUsernameException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DuplicateUsernameException(String username) {
        super("There is already a user called \"" + username + "\".");
    }
}
