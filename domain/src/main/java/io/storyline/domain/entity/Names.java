package io.storyline.domain.entity;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The key two spellings of a name share when they are the same name: case, accents, dashes, apostrophes, dots and
 * spacing do not count ("Al-Quds", "al Quds" and "AL QUDS" share one key; so do "U.S." and "US").
 */
public final class Names {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\p{Pd}_]+");
    private static final Pattern DROPPED = Pattern.compile("[.'\u2019\u2018`\"\u201c\u201d]");

    private Names() {
    }

    public static String key(String name) {
        String n = Normalizer.normalize(name.strip(), Normalizer.Form.NFD);
        n = MARKS.matcher(n).replaceAll("");
        n = DROPPED.matcher(n).replaceAll("");
        n = SEPARATORS.matcher(n).replaceAll(" ").strip();
        return n.toLowerCase(Locale.ROOT);
    }

    /** The key of a person's last name ("blinken" for "Antony J. Blinken"), or {@code null} for one word. */
    public static String lastNameKey(String name) {
        String key = key(name);
        int space = key.lastIndexOf(' ');
        return space < 0 ? null : key.substring(space + 1);
    }

    /** A display name cut to fit a column. */
    public static String fit(String name, int max) {
        String n = name.strip().replaceAll("\\s+", " ");
        return n.length() <= max ? n : n.substring(0, max);
    }
}
