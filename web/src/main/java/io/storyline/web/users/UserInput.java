package io.storyline.web.users;

import io.storyline.domain.user.Role;
import io.storyline.web.rest.InvalidRequestException;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** What admins type about an account, read the same way by the page and the API, with messages they can act on. */
public final class UserInput {

    public static final int MAX_DISPLAY_NAME = 200;
    private static final int MAX_ROLE_NAMES = 16;

    private UserInput() {
    }

    /** @throws InvalidRequestException when no role is given or a name is not a role */
    public static Set<Role> roles(Collection<String> names) {
        if (names == null || names.isEmpty()) {
            throw new InvalidRequestException("Give the user at least one role of " + Arrays.toString(Role.values()) + ".");
        }
        if (names.size() > MAX_ROLE_NAMES) {
            throw new InvalidRequestException("Give at most " + MAX_ROLE_NAMES + " role names.");
        }
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : names) {
            roles.add(role(name));
        }
        return roles;
    }

    /** @throws InvalidRequestException when the display name is too long */
    public static String displayName(String displayName) {
        if (displayName != null && displayName.strip().length() > MAX_DISPLAY_NAME) {
            throw new InvalidRequestException("A display name has at most " + MAX_DISPLAY_NAME + " characters.");
        }
        return displayName;
    }

    /** @throws InvalidRequestException when no password is given */
    public static char[] password(String password) {
        if (password == null || password.isEmpty()) {
            throw new InvalidRequestException("Give a password.");
        }
        return password.toCharArray();
    }

    private static Role role(String name) {
        try {
            return Role.valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            String shown = name == null ? "null" : name.length() > 32 ? name.substring(0, 32) + "…" : name;
            throw new InvalidRequestException("Unknown role \"" + shown + "\"; use one of "
                    + Arrays.toString(Role.values()) + ".");
        }
    }
}
