package io.storyline.web.users.rest;

import jakarta.validation.constraints.NotNull;

/** A new password an admin sets for a user. */
public record PasswordJson(@NotNull(message = PasswordJson.SHAPE) String password) {

    public static final String SHAPE = "Send \\{\"password\": \"...\"\\}.";

}
