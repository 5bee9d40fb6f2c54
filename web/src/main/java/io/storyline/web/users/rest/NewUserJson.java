package io.storyline.web.users.rest;

import java.util.List;

/** What an admin sends to create an account. */
public record NewUserJson(String username, String displayName, List<String> roles, String password) {
}
