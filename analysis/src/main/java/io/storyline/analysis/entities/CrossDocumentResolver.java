package io.storyline.analysis.entities;

import io.storyline.domain.entity.EntityRepository;
import io.storyline.domain.entity.EntityType;
import io.storyline.domain.entity.NamedEntity;
import io.storyline.domain.entity.Names;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/**
 * Cross-document entity resolution: which of the archive's canonical entities a name found in one document (or
 * given by a person) stands for, across every document analysed before. Merges people made are followed, so the
 * answer is always the entity that stands now. Runs in the caller's transaction, except that a new entity is
 * created and committed at once by the {@link EntityRegistry}, so that workers side by side share it.
 */
@ApplicationScoped
public class CrossDocumentResolver {

    @Inject
    EntityRepository entities;

    @EJB
    EntityRegistry registry;

    /**
     * The archive's entity for a name the analysis found in a document: the one of that type and name; for a person
     * named by a last name alone, the one person of that last name when there is exactly one; for a full name, the
     * person known so far by its last name alone (renamed to the full name), unless someone else of that last name
     * is known; else a new entity.
     */
    public NamedEntity resolve(EntityType type, String name) {
        String key = Names.key(name);
        Optional<NamedEntity> same = entities.findByKey(type, key);
        if (same.isPresent()) {
            return entities.current(same.get());
        }
        if (type == EntityType.PERSON && !key.contains(" ")) {
            List<NamedEntity> namesakes = entities.personsWithLastName(key, 2);
            if (namesakes.size() == 1) {
                return entities.current(namesakes.get(0));
            }
        }
        if (type == EntityType.PERSON && key.contains(" ")) {
            // "Quintavex" was seen before "Marisol Quintavex": the person known by the last name alone gets the
            // full name, unless someone else of that last name is already known
            String last = Names.lastNameKey(name);
            Optional<NamedEntity> bare = entities.findByKey(EntityType.PERSON, last);
            if (bare.isPresent() && bare.get().mergedInto().isEmpty()
                    && entities.personsWithLastName(last, 1).isEmpty()) {
                bare.get().rename(name);
                return bare.get();
            }
        }
        return ensure(type, name);
    }

    /**
     * The entity of exactly this type and name (a person's choice: no last-name matching), created when the archive
     * has none; merges followed.
     */
    public NamedEntity ensure(EntityType type, String name) {
        registry.ensure(type, name);
        return entities.findByKey(type, Names.key(name)).map(entities::current).orElseThrow(() ->
                new IllegalStateException("the entity " + type + " \"" + name + "\" was created but cannot be read"
                        + " back"));
    }
}
