package io.storyline.analysis.knowledge;

import io.storyline.domain.entity.Names;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Everything analysis knows beyond its models, at one moment: immutable, so one snapshot serves a whole document
 * and many threads.
 *
 * @param neverEntityKeys the {@link Names#key keys} of names people said are never entities
 */
public record Knowledge(List<NameAlias> aliases, List<GazetteerName> gazetteer, List<EventRule> eventTypes,
                        Set<String> neverEntityKeys) {

    public Knowledge {
        aliases = List.copyOf(aliases);
        gazetteer = List.copyOf(gazetteer);
        eventTypes = List.copyOf(eventTypes);
        neverEntityKeys = Set.copyOf(neverEntityKeys);
    }

    public static Knowledge empty() {
        return new Knowledge(List.of(), List.of(), List.of(), Set.of());
    }

    /** The same knowledge with more names that are never entities. */
    public Knowledge withNeverEntities(Set<String> names) {
        Set<String> keys = names.stream().map(Names::key).collect(Collectors.toSet());
        keys.addAll(neverEntityKeys);
        return new Knowledge(aliases, gazetteer, eventTypes, keys);
    }

    public boolean isNeverEntity(String name) {
        return neverEntityKeys.contains(Names.key(name));
    }
}
