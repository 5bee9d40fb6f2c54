package io.storyline.web.security;

/** Role names as strings, for annotations and security constraints. They mirror {@code domain.user.Role}. */
public final class Roles {

    public static final String READER = "READER";
    public static final String ARCHIVIST = "ARCHIVIST";
    public static final String EDITOR = "EDITOR";
    public static final String ADMIN = "ADMIN";

    private Roles() {
    }
}
