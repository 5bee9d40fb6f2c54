package io.storyline.web.users.rest;

import io.storyline.domain.user.Role;
import io.storyline.domain.user.User;
import java.time.Instant;
import java.util.List;

/** An account as admins see it; never its password or its hash. */
public record UserJson(String username, String displayName, List<String> roles, boolean enabled, Instant createdAt,
                       Instant passwordChangedAt) {

    static UserJson of(User user) {
        return new UserJson(user.username(), user.displayName(),
                user.roles().stream().map(Role::name).sorted().toList(), user.enabled(), user.createdAt(),
                user.passwordChangedAt());
    }
}
