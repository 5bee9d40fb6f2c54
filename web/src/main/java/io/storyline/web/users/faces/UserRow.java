package io.storyline.web.users.faces;

import io.storyline.domain.user.Role;
import io.storyline.domain.user.User;
import java.io.Serializable;
import java.time.Instant;
import java.util.stream.Collectors;

/** One account in the users table; never its password hash. */
public class UserRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String username;
    private final String displayName;
    private final String roles;
    private final boolean enabled;
    private final Instant createdAt;
    private final Instant passwordChangedAt;

    UserRow(User user) {
        this.username = user.username();
        this.displayName = user.displayName();
        this.roles = user.roles().stream().map(Role::name).sorted().collect(Collectors.joining(", "));
        this.enabled = user.enabled();
        this.createdAt = user.createdAt();
        this.passwordChangedAt = user.passwordChangedAt();
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getRoles() {
        return roles;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getPasswordChangedAt() {
        return passwordChangedAt;
    }
}
