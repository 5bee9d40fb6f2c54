package io.storyline.web.users.rest;

import jakarta.validation.constraints.NotNull;
import java.util.List;

/** What an admin sends to create an account; the rules of names and passwords are the account service's. */
public record NewUserJson(String username, String displayName, List<String> roles,
                          @NotNull(message = NewUserJson.SHAPE) String password) {

    /** What a client that sent something else is told. */
    public static final String SHAPE = "Send \\{\"username\", \"displayName\", \"roles\", \"password\"\\}.";
}
