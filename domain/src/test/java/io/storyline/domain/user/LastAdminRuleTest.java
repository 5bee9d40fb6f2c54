package io.storyline.domain.user;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LastAdminRuleTest {

    private static final PasswordHasher FAST = new PasswordHasher(1);

    private static User user(String name, Role... roles) {
        return User.create(name, null, List.of(roles), "quiet lantern over gravel".toCharArray(), FAST, Instant.EPOCH);
    }

    @Test
    void theLastEnabledAdminCannotBeDisabledEvenByThemselvesOrAnother() {
        User admin = user("admin", Role.ADMIN);
        User editor = user("editor", Role.EDITOR);
        List<User> everyone = List.of(admin, editor);

        UserChangeRefusedException byOther = assertThrows(UserChangeRefusedException.class,
                () -> LastAdminRule.check(everyone, admin, "someone-else", false, admin.roles()));
        assertTrue(byOther.getMessage().contains("last enabled admin"), byOther.getMessage());
        assertThrows(UserChangeRefusedException.class,
                () -> LastAdminRule.check(everyone, admin, "admin", false, admin.roles()));
    }

    @Test
    void theLastEnabledAdminCannotLoseTheAdminRole() {
        User admin = user("admin", Role.ADMIN, Role.EDITOR);
        UserChangeRefusedException refused = assertThrows(UserChangeRefusedException.class,
                () -> LastAdminRule.check(List.of(admin), admin, "admin", true, EnumSet.of(Role.EDITOR)));
        assertTrue(refused.getMessage().contains("make another user an admin"), refused.getMessage());
    }

    @Test
    void aDisabledAdminDoesNotCountAsTheOtherAdmin() {
        User first = user("first", Role.ADMIN);
        User second = user("second", Role.ADMIN);
        second.disable();
        assertThrows(UserChangeRefusedException.class,
                () -> LastAdminRule.check(List.of(first, second), first, "second", true, Set.of(Role.READER)));
    }

    @Test
    void withAnotherEnabledAdminTheChangeIsAllowed() {
        User first = user("first", Role.ADMIN);
        User second = user("second", Role.ADMIN);
        List<User> everyone = List.of(first, second);
        assertDoesNotThrow(() -> LastAdminRule.check(everyone, first, "second", false, first.roles()));
        assertDoesNotThrow(() -> LastAdminRule.check(everyone, first, "first", true, Set.of(Role.ARCHIVIST)));
    }

    @Test
    void anAdminCannotDisableThemselvesEvenWhenOthersRemain() {
        User first = user("first", Role.ADMIN);
        User second = user("second", Role.ADMIN);
        UserChangeRefusedException refused = assertThrows(UserChangeRefusedException.class,
                () -> LastAdminRule.check(List.of(first, second), first, "first", false, first.roles()));
        assertTrue(refused.getMessage().contains("your own account"), refused.getMessage());
    }

    @Test
    void changesToOtherUsersAreNotConcernedByTheRule() {
        User admin = user("admin", Role.ADMIN);
        User reader = user("reader", Role.READER);
        List<User> everyone = List.of(admin, reader);
        assertDoesNotThrow(() -> LastAdminRule.check(everyone, reader, "admin", false, reader.roles()));
        assertDoesNotThrow(() -> LastAdminRule.check(everyone, reader, "admin", true, Set.of(Role.ADMIN)));
    }
}
