package io.storyline.analysis.knowledge;

import io.storyline.domain.entity.EntityType;
import java.util.Objects;

/** A name to recognise as an entity of a type. */
public record GazetteerName(String name, EntityType type, boolean caseSensitive) {

    public GazetteerName {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }
}
