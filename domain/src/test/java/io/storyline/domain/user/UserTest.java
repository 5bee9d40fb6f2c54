package io.storyline.domain.user;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class UserTest {

    /** Few iterations keep the test fast; the format and the comparison are the same. */
    private final PasswordHasher hasher = new PasswordHasher(1_000);
    private final Instant now = Instant.parse("2024-05-01T10:00:00Z");

    @Test
    void aUserSignsInWithTheRightPasswordOnly() {
        User user = User.create(" Maria.Lopez ", null, List.of(Role.EDITOR), "correct horse battery".toCharArray(),
                hasher, now);

        assertEquals("maria.lopez", user.username());
        assertTrue(user.authenticates("correct horse battery".toCharArray(), hasher));
        assertFalse(user.authenticates("correct horse batterY".toCharArray(), hasher));
        assertEquals(EnumSet.of(Role.READER, Role.ARCHIVIST, Role.EDITOR), user.effectiveRoles());
    }

    @Test
    void aDisabledUserCannotSignIn() {
        User user = User.create("reader1", "Reader", List.of(Role.READER), "quiet lantern over gravel".toCharArray(),
                hasher, now);
        user.disable();

        assertFalse(user.authenticates("quiet lantern over gravel".toCharArray(), hasher));
    }

    @Test
    void weakPasswordsAndOddNamesAreRefusedWithAReason() {
        WeakPasswordException weak = assertThrows(WeakPasswordException.class,
                () -> User.create("bob", null, List.of(Role.READER), "short".toCharArray(), hasher, now));
        assertTrue(weak.getMessage().contains("12"), weak.getMessage());

        assertThrows(WeakPasswordException.class,
                () -> User.create("administrator", null, List.of(Role.READER), "Administrator".toCharArray(), hasher, now));
        assertThrows(InvalidUsernameException.class,
                () -> User.create("../admin", null, List.of(Role.READER), "quiet lantern over gravel".toCharArray(), hasher, now));
        assertThrows(IllegalArgumentException.class,
                () -> User.create("nobody", null, List.of(), "quiet lantern over gravel".toCharArray(), hasher, now));
    }

    @Test
    void hashesAreSaltedAndNeverThePassword() {
        String first = hasher.hash("same password here".toCharArray());
        String second = hasher.hash("same password here".toCharArray());

        assertNotEquals(first, second);
        assertFalse(first.contains("same password"));
        assertTrue(first.startsWith("pbkdf2-sha512:1000:"));
    }

    @Test
    void aHashMadeWithFewerIterationsIsUpgradedAfterLogin() {
        PasswordHasher stronger = new PasswordHasher(2_000);
        User user = User.create("editor", null, List.of(Role.EDITOR), "quiet lantern over gravel".toCharArray(), hasher, now);

        assertTrue(user.authenticates("quiet lantern over gravel".toCharArray(), stronger), "old hashes still verify");
        assertTrue(user.upgradeHashIfNeeded("quiet lantern over gravel".toCharArray(), stronger));

        assertFalse(user.upgradeHashIfNeeded("quiet lantern over gravel".toCharArray(), stronger), "already upgraded");
        assertTrue(user.authenticates("quiet lantern over gravel".toCharArray(), stronger));
    }

    @Test
    void garbageInTheStoreNeverVerifies() {
        assertFalse(hasher.verify("x".toCharArray(), "plain-text"));
        assertFalse(hasher.verify("x".toCharArray(), "pbkdf2-sha512:abc:!!:!!"));
        assertFalse(hasher.verify("x".toCharArray(), null));
    }

    @Test
    void usersChangeTheirOwnPasswordOnlyWithTheCurrentOne() {
        User user = User.create("anna", null, List.of(Role.READER), "quiet lantern over gravel".toCharArray(), hasher, now);
        Instant later = now.plusSeconds(60);

        assertThrows(WrongPasswordException.class, () -> user.changeOwnPassword("not my password at all".toCharArray(),
                "violet harbour under snow".toCharArray(), hasher, later));
        assertThrows(WeakPasswordException.class, () -> user.changeOwnPassword("quiet lantern over gravel".toCharArray(),
                "quiet lantern over gravel".toCharArray(), hasher, later), "the same password again is no change");
        assertThrows(WeakPasswordException.class, () -> user.changeOwnPassword("quiet lantern over gravel".toCharArray(),
                "password1234".toCharArray(), hasher, later));
        assertEquals(now, user.passwordChangedAt(), "nothing changed yet");

        user.changeOwnPassword("quiet lantern over gravel".toCharArray(), "violet harbour under snow".toCharArray(),
                hasher, later);

        assertTrue(user.authenticates("violet harbour under snow".toCharArray(), hasher));
        assertFalse(user.authenticates("quiet lantern over gravel".toCharArray(), hasher));
        assertEquals(later, user.passwordChangedAt());
        user.disable();
        assertThrows(WrongPasswordException.class, () -> user.changeOwnPassword("violet harbour under snow".toCharArray(),
                "amber kettle beyond dunes".toCharArray(), hasher, later), "a disabled user changes nothing");
    }
}
