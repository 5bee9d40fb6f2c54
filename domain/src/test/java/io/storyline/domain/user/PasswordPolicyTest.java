package io.storyline.domain.user;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private static String refusal(String username, String password) {
        return assertThrows(WeakPasswordException.class, () -> PasswordPolicy.check(username, password.toCharArray()),
                password).getMessage();
    }

    @Test
    void commonPasswordsOfTwelveCharactersAreRefusedSayingWhyAndHowToChooseBetter() {
        String common = refusal("anna", "password1234");
        assertTrue(common.startsWith("This password is too easy to guess: it is a common password"), common);
        assertTrue(common.contains("A few unrelated words, or a random password from a password manager"), common);

        for (String password : new String[] {"Password123!", "qwertyuiopas", "iloveyou1234", "123456789012",
                "letmein12345", "Summer2024!!"}) {
            refusal("anna", password);
        }
    }

    @Test
    void repeatsSequencesAndKeyboardRowsAreRefusedByName() {
        String repeated = refusal("anna", "aaaaaaaaaaaa");
        assertTrue(repeated.contains("repeats like \"aaa\" are easy to guess"), repeated);
        assertTrue(repeated.contains("Avoid repeated words and characters."), repeated);
        assertTrue(refusal("anna", "abcdefghijklmn").contains("sequences like abc"), "sequences");
        assertTrue(refusal("anna", "a".repeat(PasswordPolicy.MAX_LENGTH)).contains("repeats"),
                "a long password is judged by its first characters, and quickly");
    }

    @Test
    void theUserNameAndTheProductNameCountAsCommonWords() {
        assertDoesNotThrow(() -> PasswordPolicy.check("someone", "zorblat-Lantern-7".toCharArray()));
        refusal("zorblat", "zorblat-Lantern-7");
        refusal("anna", "storyline-archive-2024");
        assertTrue(refusal("administrator", "Administrator").contains("must not be the user name"));
    }

    @Test
    void lengthComesFirstAndHasALimit() {
        assertTrue(refusal("anna", "Xk3#pQ9z!mR").contains("at least 12 characters"), "11 random characters");
        assertTrue(refusal("anna", "x".repeat(PasswordPolicy.MAX_LENGTH + 1)).contains("at most 512"));
    }

    @Test
    void unrelatedWordsAndRandomPasswordsAreAccepted() {
        for (String password : new String[] {"correct horse battery", "quiet lantern over gravel",
                "Xk3#pQ9z!mR2vL7@", "archivist passphrase 1", "Pw-3f1c2a9b-1234-4abc-9def-0123456789ab"}) {
            assertDoesNotThrow(() -> PasswordPolicy.check("anna", password.toCharArray()), password);
        }
    }
}
