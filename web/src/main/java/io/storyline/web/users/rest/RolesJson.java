package io.storyline.web.users.rest;

import java.util.List;

/** The roles an admin grants: exactly these, each including the ones before it. */
public record RolesJson(List<String> roles) {

    public static final String SHAPE = "Send \\{\"roles\": [...]\\}.";

}
