package io.storyline.analysis.knowledge;

import io.storyline.domain.entity.AliasKind;
import io.storyline.domain.entity.EntityType;
import java.util.Objects;

/** An alias as analysis uses it: "al-Quds" is the place "Jerusalem"; "top US diplomat" describes a title holder. */
public record NameAlias(String alias, String canonical, EntityType type, AliasKind kind) {

    public NameAlias {
        Objects.requireNonNull(alias, "alias");
        Objects.requireNonNull(canonical, "canonical");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(kind, "kind");
    }
}
