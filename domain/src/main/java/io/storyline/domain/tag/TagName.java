package io.storyline.domain.tag;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules for a tag's name: trimmed, inner white space collapsed, lower case, at most {@value #MAX_LENGTH}
 * characters of letters, digits, spaces and {@code - _ . / & '}; at most {@value #MAX_PER_REQUEST} tags in one
 * request. Two spellings that differ only in case or spacing are the same tag.
 */
public final class TagName {

    public static final int MAX_LENGTH = 100;
    public static final int MAX_PER_REQUEST = 20;
    private static final Pattern ALLOWED = Pattern.compile("[\\p{L}\\p{M}\\p{N} \\-_./&']+");

    private TagName() {
    }

    /** The canonical form of one tag name; throws {@link IllegalArgumentException} saying what is wrong. */
    public static String canonical(String raw) {
        if (raw == null) {
            throw new IllegalArgumentException("a tag needs a name");
        }
        String name = Normalizer.normalize(raw, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ")
                .toLowerCase(Locale.ROOT);
        if (name.isEmpty()) {
            throw new IllegalArgumentException("a tag needs a name");
        }
        if (name.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("a tag has at most " + MAX_LENGTH + " characters: " + shorten(name));
        }
        if (!ALLOWED.matcher(name).matches()) {
            throw new IllegalArgumentException("a tag may hold letters, digits, spaces and - _ . / & ' only: "
                    + shorten(name));
        }
        return name;
    }

    /** Canonical names of a comma-separated list, without repeats; empty for {@code null} or blank. */
    public static List<String> parseList(String commaSeparated) {
        if (commaSeparated == null || commaSeparated.isBlank()) {
            return List.of();
        }
        List<String> raw = new ArrayList<>();
        for (String part : commaSeparated.split(",")) {
            if (!part.isBlank()) {
                raw.add(part);
            }
        }
        return canonicalAll(raw);
    }

    /** Canonical names of several tags, without repeats, in their first order. */
    public static List<String> canonicalAll(List<String> raw) {
        Set<String> names = new LinkedHashSet<>();
        for (String r : raw) {
            names.add(canonical(r));
        }
        if (names.size() > MAX_PER_REQUEST) {
            throw new IllegalArgumentException("at most " + MAX_PER_REQUEST + " tags at once, not " + names.size());
        }
        return List.copyOf(names);
    }

    private static String shorten(String s) {
        return s.length() <= 40 ? "\"" + s + "\"" : "\"" + s.substring(0, 40) + "…\"";
    }
}
