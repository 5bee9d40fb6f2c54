package io.storyline.domain.entity;

import java.util.Locale;

/** What kind of thing an entity is. Documented in API.md; never rename a value. */
public enum EntityType {
    PERSON,
    ORGANIZATION,
    LOCATION,
    OTHER;

    /**
     * Reads a type by its name or a usual short form ({@code PER}, {@code ORG}, {@code LOC}, {@code MISC}).
     *
     * @throws IllegalArgumentException naming the accepted values
     */
    public static EntityType parse(String value) {
        String v = value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
        return switch (v) {
            case "PERSON", "PER" -> PERSON;
            case "ORGANIZATION", "ORGANISATION", "ORG" -> ORGANIZATION;
            case "LOCATION", "LOC", "PLACE" -> LOCATION;
            case "OTHER", "MISC" -> OTHER;
            default -> throw new IllegalArgumentException("\"" + value
                    + "\" is not an entity type; use PERSON, ORGANIZATION, LOCATION or OTHER");
        };
    }
}
