package io.storyline.domain.user;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/**
 * What a user may do. Each role includes every role before it: an EDITOR can do what an ARCHIVIST and a
 * READER can. Names are part of the API (API.md): never rename one.
 */
public enum Role {
    /** Read and search. */
    READER,
    /** Also upload, import and tag. */
    ARCHIVIST,
    /** Also correct entities, events and timelines. */
    EDITOR,
    /** Also manage users, taxonomies, aliases, the queue, the audit log and settings. */
    ADMIN;

    /** This role and every role it includes. */
    public Set<Role> withIncluded() {
        EnumSet<Role> all = EnumSet.noneOf(Role.class);
        for (Role role : values()) {
            if (role.ordinal() <= ordinal()) {
                all.add(role);
            }
        }
        return all;
    }

    /** Every role the given roles grant, including the ones they include. */
    public static Set<Role> effective(Collection<Role> granted) {
        EnumSet<Role> all = EnumSet.noneOf(Role.class);
        for (Role role : granted) {
            all.addAll(role.withIncluded());
        }
        return all;
    }
}
