package io.storyline.web.users;

import io.storyline.domain.user.Role;
import io.storyline.domain.user.User;
import io.storyline.web.audit.Audit;
import io.storyline.web.audit.AuditAction;
import io.storyline.web.security.AccountService;
import io.storyline.web.security.Roles;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What admins do to accounts, for the users page and {@code /api/users} alike: ADMIN only, one transaction each,
 * and the same audit entry ({@code user <name>}) from both. The rules (the last admin stays, an admin does not
 * lock themselves out, sessions end when rights go) are {@link AccountService}'s.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class UserAdministration {

    @EJB
    AccountService accounts;

    @Inject
    Audit audit;

    @Resource
    SessionContext caller;

    public User create(String username, String displayName, Set<Role> roles, char[] password) {
        User user = accounts.create(username, displayName, roles, password);
        audit.record(AuditAction.USER_CREATE, subject(user), "roles " + names(roles));
        return user;
    }

    public User changeRoles(String username, Set<Role> roles) {
        User user = accounts.changeRoles(actor(), username, roles);
        audit.record(AuditAction.USER_UPDATE, subject(user), "roles " + names(roles));
        return user;
    }

    public User disable(String username) {
        User user = accounts.disable(actor(), username);
        audit.record(AuditAction.USER_DISABLE, subject(user), "disabled");
        return user;
    }

    public User enable(String username) {
        User user = accounts.enable(actor(), username);
        audit.record(AuditAction.USER_ENABLE, subject(user), "enabled");
        return user;
    }

    public User resetPassword(String username, char[] password) {
        User user = accounts.resetPassword(actor(), username, password);
        audit.record(AuditAction.USER_PASSWORD_RESET, subject(user), "password set by an admin");
        return user;
    }

    /** The roles as the log and the page say them: names in order, comma-separated. */
    public static String names(Set<Role> roles) {
        return roles.stream().map(Role::name).sorted().collect(Collectors.joining(", "));
    }

    private static String subject(User user) {
        return "user " + user.username();
    }

    private String actor() {
        return caller.getCallerPrincipal().getName();
    }
}
