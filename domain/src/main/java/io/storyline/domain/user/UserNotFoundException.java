package io.storyline.domain.user;

import jakarta.ejb.ApplicationException;

/** No account has this user name. */
@ApplicationException(rollback = true)
public class UserNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UserNotFoundException(String username) {
        super("There is no user called \"" + username + "\".");
    }
}
