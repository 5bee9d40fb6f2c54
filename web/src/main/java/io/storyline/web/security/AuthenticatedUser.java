package io.storyline.web.security;

import io.storyline.domain.user.Role;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Someone whose password checked out.
 *
 * @param username the user name
 * @param roles    every role the user has, included roles counted
 */
public record AuthenticatedUser(String username, Set<Role> roles) {

    /** The role names the container checks against. */
    public Set<String> groups() {
        return roles.stream().map(Role::name).collect(Collectors.toSet());
    }
}
