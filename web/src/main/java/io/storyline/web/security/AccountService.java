package io.storyline.web.security;

import io.storyline.domain.user.DuplicateUsernameException;
import io.storyline.domain.user.PasswordHasher;
import io.storyline.domain.user.Role;
import io.storyline.domain.user.User;
import io.storyline.domain.user.UserRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Accounts: checking a password, creating users, listing them. Checking passwords is deliberately slow
 * (PBKDF2); {@link VerifiedCredentials} spares API clients that cost on every request.
 */
@Stateless
public class AccountService {

    private final PasswordHasher hasher = new PasswordHasher();

    @Inject
    UserRepository users;

    @Inject
    VerifiedCredentials verified;

    @Inject
    Clock clock;

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

    /**
     * @throws DuplicateUsernameException when the name is taken
     * @throws io.storyline.domain.user.WeakPasswordException when the password is too weak
     */
    public User create(String username, String displayName, Collection<Role> roles, char[] password) {
        String name = User.normalizeUsername(username);
        if (users.findByUsername(name).isPresent()) {
            throw new DuplicateUsernameException(name);
        }
        return users.save(User.create(name, displayName, roles, password, hasher, clock.instant()));
    }

    public long count() {
        return users.count();
    }

    public List<User> list() {
        return users.list();
    }

    private static final String DUMMY_HASH = new PasswordHasher().hash("no such user, no such password".toCharArray());
}
