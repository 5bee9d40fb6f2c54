package io.storyline.domain.user;

/**
 * What a password must be: long enough to resist guessing (NIST SP 800-63B asks for at least 8; we ask for
 * {@value #MIN_LENGTH}), not absurdly long, and not the user name.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 512;

    private PasswordPolicy() {
    }

    /** @throws WeakPasswordException saying what is wrong, in words meant for the user */
    public static void check(String username, char[] password) {
        if (password == null || password.length < MIN_LENGTH) {
            throw new WeakPasswordException("A password needs at least " + MIN_LENGTH + " characters.");
        }
        if (password.length > MAX_LENGTH) {
            throw new WeakPasswordException("A password may have at most " + MAX_LENGTH + " characters.");
        }
        if (username != null && new String(password).equalsIgnoreCase(username)) {
            throw new WeakPasswordException("A password must not be the user name.");
        }
    }
}
