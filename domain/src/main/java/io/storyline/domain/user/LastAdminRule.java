package io.storyline.domain.user;

import java.util.Collection;
import java.util.Objects;
import java.util.Set;

/**
 * The archive always keeps at least one enabled admin, and an admin never disables their own account: otherwise
 * nobody could manage users any more. Callers check the rule against every account read under a lock, so two
 * concurrent changes cannot each remove "the other" last admin.
 */
public final class LastAdminRule {

    private LastAdminRule() {
    }

    /**
     * Checks that {@code target} may end up {@code enabledAfter} with {@code rolesAfter}.
     *
     * @param everyone   every account, read under a lock, including {@code target}
     * @param target     the account being changed
     * @param actor      the user name of who asks for the change
     * @throws UserChangeRefusedException when the change disables the actor's own account or leaves no enabled admin
     */
    public static void check(Collection<User> everyone, User target, String actor, boolean enabledAfter,
                             Set<Role> rolesAfter) {
        Objects.requireNonNull(target, "target");
        if (!enabledAfter && target.enabled() && target.username().equals(actor)) {
            throw new UserChangeRefusedException("You cannot disable your own account; ask another admin.");
        }
        boolean adminBefore = isActiveAdmin(target.enabled(), target.roles());
        boolean adminAfter = isActiveAdmin(enabledAfter, rolesAfter);
        if (!adminBefore || adminAfter) {
            return;
        }
        boolean anotherAdmin = everyone.stream()
                .filter(user -> !user.username().equals(target.username()))
                .anyMatch(user -> isActiveAdmin(user.enabled(), user.roles()));
        if (!anotherAdmin) {
            throw new UserChangeRefusedException("\"" + target.username() + "\" is the last enabled admin: make"
                    + " another user an admin first, so someone can still manage the archive.");
        }
    }

    private static boolean isActiveAdmin(boolean enabled, Set<Role> roles) {
        return enabled && roles.contains(Role.ADMIN);
    }
}
