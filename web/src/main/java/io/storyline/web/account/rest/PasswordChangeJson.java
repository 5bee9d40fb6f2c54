package io.storyline.web.account.rest;

/** A user's own password change: the current password and the new one. */
public record PasswordChangeJson(String currentPassword, String newPassword) {
}
