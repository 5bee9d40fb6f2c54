package io.storyline.web.admin.system;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.eclipse.microprofile.config.Config;

/**
 * Every {@code storyline.*} key MicroProfile Config knows, with the value in effect; values of keys that name a
 * secret (password, secret, token, key, credential) are shown as {@value #MASK}, whatever they hold.
 */
public final class ConfigurationInEffect {

    public static final String PREFIX = "storyline.";
    public static final String MASK = "••••";
    private static final List<String> SECRET_WORDS = List.of("password", "secret", "token", "key", "credential");
    private static final int MAX_VALUE = 500;
    private static final int MAX_KEYS = 500;

    private ConfigurationInEffect() {
    }

    public static boolean isSecret(String key) {
        String lower = key.toLowerCase(Locale.ROOT);
        return SECRET_WORDS.stream().anyMatch(lower::contains);
    }

    /** The value as the page may show it: masked for a secret, shortened when very long. */
    public static String shown(String key, String value) {
        if (isSecret(key)) {
            return MASK;
        }
        if (value == null) {
            return "";
        }
        return value.length() > MAX_VALUE ? value.substring(0, MAX_VALUE) + "…" : value;
    }

    /** The {@code storyline.*} keys of {@code config}, sorted, with their shown values. */
    public static List<Fact> of(Config config) {
        TreeSet<String> keys = new TreeSet<>();
        for (String name : config.getPropertyNames()) {
            if (name.startsWith(PREFIX) && keys.size() < MAX_KEYS) {
                keys.add(name);
            }
        }
        List<Fact> facts = new ArrayList<>();
        for (String key : keys) {
            facts.add(new Fact(key, shown(key, config.getConfigValue(key).getValue())));
        }
        return facts;
    }
}
