package io.storyline.domain.common;

/**
 * A person's words in a {@code LIKE} pattern, taken literally: {@code %} and {@code _} match themselves, not "any
 * text" and "any character". Every query that puts words into a {@code LIKE} uses these patterns and declares
 * {@value #ESCAPE_CLAUSE} after it.
 */
public final class Like {

    /** The escape character the patterns use; JPQL and SQL alike write it as {@code escape '\'}. */
    public static final char ESCAPE = '\\';
    /** What follows {@code like :param} in JPQL or SQL. */
    public static final String ESCAPE_CLAUSE = "escape '\\'";

    private Like() {
    }

    /** The text with {@code \}, {@code %} and {@code _} escaped. */
    public static String literal(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** A pattern for "contains the text". */
    public static String contains(String text) {
        return "%" + literal(text) + "%";
    }
}
