package io.storyline.domain.entity;

import io.storyline.domain.common.Page;
import io.storyline.domain.common.PageRequest;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Canonical entities and their mentions. Callers bring the transaction. */
public interface EntityRepository {

    NamedEntity save(NamedEntity entity);

    Optional<NamedEntity> find(long id);

    Optional<NamedEntity> findByKey(EntityType type, String nameKey);

    /** Persons whose last name has this key, at most {@code limit}. */
    List<NamedEntity> personsWithLastName(String lastNameKey, int limit);

    /**
     * Entities by name (a part of it, any case) and type, most mentioned first, with their counts.
     *
     * @param query a part of the name, or {@code null} for all
     * @param type  a type, or {@code null} for all
     */
    Page<EntityCount> list(String query, EntityType type, PageRequest page);

    /** How often the entity is mentioned and in how many documents. */
    EntityCount count(NamedEntity entity);

    void saveMention(Mention mention);

    /** In text order. */
    List<Mention> mentionsOf(long documentId);

    /** The entity's mentions, newest document first, at most {@code limit}. */
    List<Mention> mentionsOfEntity(long entityId, int limit);

    /** Removes the mentions the machine made in a document; a person's stay. */
    void deleteMachineMentions(long documentId);

    /** The entities with these ids, by id. */
    Map<Long, NamedEntity> byIds(Collection<Long> ids);

    /**
     * An entity with its counts.
     *
     * @param mentions  how many mentions point to it
     * @param documents in how many documents
     */
    record EntityCount(NamedEntity entity, long mentions, long documents) {
    }
}
