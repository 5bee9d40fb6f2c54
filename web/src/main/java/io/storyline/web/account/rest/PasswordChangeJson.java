package io.storyline.web.account.rest;

import jakarta.validation.constraints.NotNull;

/** A user's own password change: the current password and the new one. */
public record PasswordChangeJson(@NotNull(message = PasswordChangeJson.SHAPE) String currentPassword,
                                 @NotNull(message = PasswordChangeJson.SHAPE) String newPassword) {

    static final String SHAPE = "Send \\{\"currentPassword\": \"...\", \"newPassword\": \"...\"\\}.";
}
