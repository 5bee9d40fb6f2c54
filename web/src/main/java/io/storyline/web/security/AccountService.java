package io.storyline.web.security;

import io.storyline.domain.user.DuplicateUsernameException;
import io.storyline.domain.user.InvalidUsernameException;
import io.storyline.domain.user.LastAdminRule;
import io.storyline.domain.user.PasswordHasher;
import io.storyline.domain.user.PasswordPolicy;
import io.storyline.domain.user.Role;
import io.storyline.domain.user.User;
import io.storyline.domain.user.UserNotFoundException;
import io.storyline.domain.user.UserRepository;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpSession;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Accounts: checking a password, creating users, listing them, and what admins change on them (roles, disable,
 * enable, password reset). Checking passwords is deliberately slow (PBKDF2); {@link VerifiedCredentials} spares
 * API clients that cost on every request. A change that takes rights away reads every account under a lock first
 * ({@link LastAdminRule}), and ends the user's open sessions and remembered credentials ({@link AccountChanges}).
 */
@Stateless
public class AccountService {

    /** Session attribute: {@link #sessionStamp()} at the login. */
    public static final String SESSION_STAMP = "storyline.accountStamp";
    /** Not a user name: {@code /api/users/me} is the caller. */
    public static final String ME = "me";

    private final PasswordHasher hasher = new PasswordHasher();

    @Inject
    UserRepository users;

    @Inject
    VerifiedCredentials verified;

    @Inject
    AccountChanges changes;

    @Inject
    Clock clock;

    @Resource
    TransactionSynchronizationRegistry transactions;

    /** The user, when the name and password match an enabled account. */
    public Optional<AuthenticatedUser> authenticate(String username, char[] password) {
        Optional<User> found;
        try {
            found = users.findByUsername(User.normalizeUsername(username));
        } catch (RuntimeException invalidName) {
            found = Optional.empty();
        }
        if (found.isEmpty()) {
            // Spend the same time as for a real account, so timing does not tell which names exist.
            hasher.verify(password, DUMMY_HASH);
            return Optional.empty();
        }
        User user = found.get();
        if (!user.enabled()) {
            return Optional.empty();
        }
        if (verified.matches(user, password) || user.authenticates(password, hasher)) {
            user.upgradeHashIfNeeded(password, hasher);
            verified.remember(user, password);
            return Optional.of(new AuthenticatedUser(user.username(), user.effectiveRoles()));
        }
        return Optional.empty();
    }

    /** Whether an account (enabled or not) has this name. */
    public boolean exists(String username) {
        try {
            return users.findByUsername(User.normalizeUsername(username)).isPresent();
        } catch (InvalidUsernameException invalid) {
            return false;
        }
    }

    /**
     * @throws DuplicateUsernameException when the name is taken
     * @throws InvalidUsernameException   when the name is not valid or is {@value #ME}, which names the caller in the API
     * @throws io.storyline.domain.user.WeakPasswordException when the password is too weak
     */
    public User create(String username, String displayName, Collection<Role> roles, char[] password) {
        String name = User.normalizeUsername(username);
        if (name.equals(ME)) {
            throw new InvalidUsernameException("The user name \"" + ME + "\" is reserved: in the API it names the"
                    + " signed-in user (/api/users/me/password).");
        }
        if (users.findByUsername(name).isPresent()) {
            throw new DuplicateUsernameException(name);
        }
        return users.save(User.create(name, displayName, roles, password, hasher, clock.instant()));
    }

    /** @throws UserNotFoundException when no account has this name */
    public User find(String username) {
        String name = normalized(username);
        return users.findByUsername(name).orElseThrow(() -> new UserNotFoundException(name));
    }

    /**
     * Grants exactly {@code roles} (each including the ones before it).
     *
     * @throws io.storyline.domain.user.UserChangeRefusedException when it would take ADMIN from the last admin
     */
    public User changeRoles(String actor, String username, Collection<Role> roles) {
        if (roles == null || roles.isEmpty()) {
            throw new IllegalArgumentException("a user needs at least one role");
        }
        return change(actor, username, true, EnumSet.copyOf(roles), user -> user.grant(roles));
    }

    /** @throws io.storyline.domain.user.UserChangeRefusedException for one's own account or the last admin */
    public User disable(String actor, String username) {
        return change(actor, username, false, null, User::disable);
    }

    public User enable(String actor, String username) {
        return change(actor, username, true, null, User::enable);
    }

    /** @throws io.storyline.domain.user.WeakPasswordException when {@link PasswordPolicy} refuses the password */
    public User resetPassword(String actor, String username, char[] password) {
        PasswordPolicy.check(normalized(username), password);
        return change(actor, username, null, null, user -> user.changePassword(password, hasher, clock.instant()));
    }

    /**
     * The user changes their own password: every other session and remembered API credential of theirs ends, the
     * session {@code keep} (the one they made the change in, or null) goes on.
     *
     * @throws io.storyline.domain.user.WrongPasswordException when {@code current} is wrong (or the user disabled)
     * @throws io.storyline.domain.user.WeakPasswordException  when {@link PasswordPolicy} refuses the new one
     */
    public void changeOwnPassword(String username, char[] current, char[] next, HttpSession keep) {
        String name = normalized(username);
        User user = users.findByUsername(name).orElseThrow(() -> new UserNotFoundException(name));
        user.changeOwnPassword(current, next, hasher, clock.instant());
        endSessionsNowAndAfterCommit(name, keep);
    }

    /**
     * Reads every account under a lock, checks the change against {@link LastAdminRule}, applies it, and ends the
     * user's sessions both now and once the change is committed (a login checked against the old state in
     * between would otherwise keep its session).
     *
     * @param enabledAfter null to keep the account's state
     * @param rolesAfter   null to keep its roles
     */
    private User change(String actor, String username, Boolean enabledAfter, EnumSet<Role> rolesAfter,
                        Consumer<User> action) {
        String name = normalized(username);
        List<User> everyone = users.lockAll();
        User user = everyone.stream().filter(u -> u.username().equals(name)).findFirst()
                .orElseThrow(() -> new UserNotFoundException(name));
        LastAdminRule.check(everyone, user, actor, enabledAfter == null ? user.enabled() : enabledAfter,
                rolesAfter == null ? user.roles() : rolesAfter);
        action.accept(user);
        endSessionsNowAndAfterCommit(name, null);
        return user;
    }

    private void endSessionsNowAndAfterCommit(String name, HttpSession keep) {
        keep(keep, endSessions(name));
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing to do before the commit
            }

            @Override
            public void afterCompletion(int status) {
                keep(keep, endSessions(name));
            }
        });
    }

    private long endSessions(String username) {
        verified.forget(username);
        return changes.changed(username);
    }

    /** The session goes on past the change stamped {@code stamp}. */
    private static void keep(HttpSession session, long stamp) {
        if (session != null) {
            try {
                session.setAttribute(SESSION_STAMP, stamp);
            } catch (IllegalStateException invalidated) {
                // it ended meanwhile: nothing to keep
            }
        }
    }

    /**
     * The number a session keeps from its login (in {@link #SESSION_STAMP}), for {@link #isSessionCurrent}; taken
     * before the password is checked, so a change made meanwhile still ends the session.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public long sessionStamp() {
        return changes.stamp();
    }

    /**
     * Whether a signed-in session of {@code username} is still honoured: not when the account was disabled, its
     * password reset or its roles changed since the login. A session that is not is invalidated here.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public boolean isSessionCurrent(String username, HttpSession session) {
        Object stamp = session == null ? null : session.getAttribute(SESSION_STAMP);
        if (changes.isCurrent(username, stamp instanceof Long number ? number : -1L)) {
            return true;
        }
        if (session != null) {
            try {
                session.invalidate();
            } catch (IllegalStateException alreadyInvalid) {
                // another request of the same session ended it first
            }
        }
        return false;
    }

    private static String normalized(String username) {
        try {
            return User.normalizeUsername(username);
        } catch (InvalidUsernameException invalid) {
            String shown = String.valueOf(username);
            throw new UserNotFoundException(shown.length() > 64 ? shown.substring(0, 64) + "…" : shown);
        }
    }

    public long count() {
        return users.count();
    }

    public List<User> list() {
        return users.list();
    }

    private static final String DUMMY_HASH = new PasswordHasher().hash("no such user, no such password".toCharArray());
}
