package io.storyline.domain.user;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import me.gosimple.nbvcxz.Nbvcxz;
import me.gosimple.nbvcxz.resources.ConfigurationBuilder;
import me.gosimple.nbvcxz.resources.Dictionary;
import me.gosimple.nbvcxz.resources.DictionaryBuilder;
import me.gosimple.nbvcxz.scoring.Result;

/**
 * What a password must be (NIST SP 800-63B, OWASP ASVS 2.1): long enough ({@value #MIN_LENGTH} characters or
 * more), not absurdly long, not the user name, and not easy to guess. Guessability is estimated by nbvcxz against
 * 100,000 common passwords, English words, first names and surnames, keyboard patterns, repeats, sequences and
 * dates, with the user name and the product's name counted as common words; a password must need about
 * 2<sup>{@value #MIN_ENTROPY_BITS}</sup> guesses or more. The first {@value #ESTIMATED_LENGTH} characters are
 * estimated, which keeps the check fast for very long passwords.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 512;
    static final double MIN_ENTROPY_BITS = 35;
    static final int ESTIMATED_LENGTH = 64;
    private static final String ADVICE = "A few unrelated words, or a random password from a password manager, make"
            + " a good one.";

    private PasswordPolicy() {
    }

    /** @throws WeakPasswordException saying what is wrong and how to choose better, in words meant for the user */
    public static void check(String username, char[] password) {
        if (password == null || password.length < MIN_LENGTH) {
            throw new WeakPasswordException("A password needs at least " + MIN_LENGTH + " characters. " + ADVICE);
        }
        if (password.length > MAX_LENGTH) {
            throw new WeakPasswordException("A password may have at most " + MAX_LENGTH + " characters.");
        }
        String text = new String(password);
        if (username != null && text.equalsIgnoreCase(username)) {
            throw new WeakPasswordException("A password must not be the user name. " + ADVICE);
        }
        Result estimate = estimator(username).estimate(
                text.length() > ESTIMATED_LENGTH ? text.substring(0, ESTIMATED_LENGTH) : text);
        if (!estimate.isMinimumEntropyMet()) {
            throw new WeakPasswordException(tooEasy(estimate));
        }
    }

    private static String tooEasy(Result estimate) {
        String key = estimate.getFeedback().getWarningKey();
        String why;
        if (key == null) {
            why = "it would be found in too few guesses.";
        } else if (key.startsWith("feedback.dictionary.warning.passwords")) {
            why = "it is a common password, or made of common passwords, words or names (the user name counts as"
                    + " one).";
        } else {
            String warning = estimate.getFeedback().getWarning();
            why = warning.substring(0, 1).toLowerCase(Locale.ROOT) + warning.substring(1);
        }
        StringBuilder message = new StringBuilder("This password is too easy to guess: ").append(why);
        for (String suggestion : estimate.getFeedback().getSuggestion()) {
            message.append(' ').append(suggestion);
        }
        return message.append(' ').append(ADVICE).toString();
    }

    private static Nbvcxz estimator(String username) {
        List<Dictionary> dictionaries = new ArrayList<>(Defaults.DICTIONARIES);
        DictionaryBuilder context = new DictionaryBuilder().setDictionaryName("context").setExclusion(false)
                .addWord("storyline", 1);
        if (username != null && !username.isBlank()) {
            context.addWord(username.strip().toLowerCase(Locale.ROOT), 1);
        }
        dictionaries.add(context.createDictionary());
        return new Nbvcxz(new ConfigurationBuilder()
                .setDictionaries(dictionaries)
                .setMinimumEntropy(MIN_ENTROPY_BITS)
                .setLocale(Locale.ENGLISH)
                .createConfiguration());
    }

    /** The built-in word lists, read once (about half a second) on the first check. */
    private static final class Defaults {
        static final List<Dictionary> DICTIONARIES = List.copyOf(ConfigurationBuilder.getDefaultDictionaries());
    }
}
