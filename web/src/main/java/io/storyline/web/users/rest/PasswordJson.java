package io.storyline.web.users.rest;

/** A new password an admin sets for a user. */
public record PasswordJson(String password) {
}
