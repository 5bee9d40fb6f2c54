package io.storyline.domain.user;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A person who signs in. User names are lower case letters, digits, dots, dashes and underscores; the
 * password is kept only as a PBKDF2 hash.
 */
@Entity
@Table(name = "app_user")
public class User {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "app_user_seq")
    @SequenceGenerator(name = "app_user_seq", sequenceName = "app_user_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(name = "username", nullable = false, unique = true, length = 64)
    private String username;

    @Column(name = "display_name", length = 200)
    private String displayName;

    @Column(name = "password_hash", nullable = false, length = 255)
    private String passwordHash;

    @Column(name = "enabled", nullable = false)
    private boolean enabled;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 16)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "password_changed_at", nullable = false)
    private Instant passwordChangedAt;

    protected User() {
        // for JPA
    }

    private User(String username, String displayName, Collection<Role> roles, Instant at) {
        this.username = normalizeUsername(username);
        this.displayName = displayName == null || displayName.isBlank() ? this.username : displayName.strip();
        if (roles == null || roles.isEmpty()) {
            throw new IllegalArgumentException("a user needs at least one role");
        }
        this.roles = EnumSet.copyOf(roles);
        this.enabled = true;
        this.createdAt = Objects.requireNonNull(at, "at");
    }

    /** A new, enabled user whose password is checked against {@link PasswordPolicy} and hashed. */
    public static User create(String username, String displayName, Collection<Role> roles, char[] password,
                              PasswordHasher hasher, Instant at) {
        User user = new User(username, displayName, roles, at);
        user.changePassword(password, hasher, at);
        return user;
    }

    /**
     * The canonical form of a user name (trimmed, lower case).
     *
     * @throws InvalidUsernameException when it has characters other than letters, digits, dot, dash, underscore
     */
    public static String normalizeUsername(String username) {
        if (username == null) {
            throw new InvalidUsernameException("A user name is required.");
        }
        String name = username.strip().toLowerCase(Locale.ROOT);
        if (!USERNAME.matcher(name).matches()) {
            throw new InvalidUsernameException("A user name has 2 to 64 characters: letters a-z, digits, dot, dash"
                    + " or underscore, starting with a letter or digit.");
        }
        return name;
    }

    public void changePassword(char[] password, PasswordHasher hasher, Instant at) {
        PasswordPolicy.check(username, password);
        this.passwordHash = hasher.hash(password);
        this.passwordChangedAt = Objects.requireNonNull(at, "at");
    }

    /**
     * The user changes their own password: only with the current one, and only to another that
     * {@link PasswordPolicy} accepts.
     *
     * @throws WrongPasswordException when {@code current} is not this user's password (or the user is disabled)
     * @throws WeakPasswordException  when the new password is refused, or is the current one
     */
    public void changeOwnPassword(char[] current, char[] next, PasswordHasher hasher, Instant at) {
        if (!authenticates(current, hasher)) {
            throw new WrongPasswordException();
        }
        if (Arrays.equals(current, next)) {
            throw new WeakPasswordException("The new password is the current one; choose another.");
        }
        changePassword(next, hasher, at);
    }

    /** Whether this user may sign in with {@code password}. A disabled user never may. */
    public boolean authenticates(char[] password, PasswordHasher hasher) {
        return enabled && hasher.verify(password, passwordHash);
    }

    /**
     * Replaces a hash made with weaker settings by one made now; call only after a successful login.
     *
     * @return whether the hash was replaced
     */
    public boolean upgradeHashIfNeeded(char[] password, PasswordHasher hasher) {
        if (!hasher.needsRehash(passwordHash)) {
            return false;
        }
        this.passwordHash = hasher.hash(password);
        return true;
    }

    public void grant(Collection<Role> granted) {
        if (granted == null || granted.isEmpty()) {
            throw new IllegalArgumentException("a user needs at least one role");
        }
        this.roles = EnumSet.copyOf(granted);
    }

    public void disable() {
        this.enabled = false;
    }

    public void enable() {
        this.enabled = true;
    }

    public Long id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public boolean enabled() {
        return enabled;
    }

    /** The roles granted, as stored. */
    public Set<Role> roles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    /** The roles granted and every role they include: what access checks look at. */
    public Set<Role> effectiveRoles() {
        return Role.effective(roles);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant passwordChangedAt() {
        return passwordChangedAt;
    }

    @Override
    public String toString() {
        return "User[" + username + ", " + roles + (enabled ? "" : ", disabled") + "]";
    }
}
