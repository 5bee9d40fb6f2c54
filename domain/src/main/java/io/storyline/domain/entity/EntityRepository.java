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

    /** The entity that now stands for this one: itself, or the one it was merged into (merges followed). */
    default NamedEntity current(NamedEntity entity) {
        NamedEntity at = entity;
        for (int hops = 0; hops < 10 && at.mergedInto().isPresent(); hops++) {
            Optional<NamedEntity> next = find(at.mergedInto().get());
            if (next.isEmpty()) {
                break;
            }
            at = next.get();
        }
        return at;
    }

    /** Persons whose last name has this key, at most {@code limit}. */
    List<NamedEntity> personsWithLastName(String lastNameKey, int limit);

    /**
     * Entities by name (a part of it, any case) and type, most mentioned first, with their counts.
     *
     * @param query a part of the name, or {@code null} for all
     * @param type  a type, or {@code null} for all
     */
    Page<EntityCount> list(String query, EntityType type, PageRequest page);

    /**
     * Entities by name and type as {@link #list(String, EntityType, PageRequest)}, in the order asked for. By name,
     * only the page's entities are counted; most mentioned first counts them all.
     */
    Page<EntityCount> list(String query, EntityType type, Order order, PageRequest page);

    /** How often the entity is mentioned and in how many documents. */
    EntityCount count(NamedEntity entity);

    void saveMention(Mention mention);

    /** In text order. */
    List<Mention> mentionsOf(long documentId);

    /** The entity's mentions, newest document first, at most {@code limit}. */
    List<Mention> mentionsOfEntity(long entityId, int limit);

    /** One page of the entity's mentions: newest document first, in text order within a document. */
    Page<Mention> mentionsOfEntity(long entityId, PageRequest page);

    /**
     * The text around each of these mentions, at most {@code radius} characters either side, and its document's
     * title; only these windows are read from the documents' texts. A mention whose document has no text is left out.
     */
    Map<Long, MentionWindow> windows(Collection<Long> mentionIds, int radius);

    /**
     * The entities mentioned in the same documents as this one, most shared documents first, at most {@code limit}.
     * Only the entity's newest {@code maxDocuments} documents are looked at, so that a much-mentioned entity costs no
     * more than that.
     */
    List<CoOccurrence> coOccurring(long entityId, int maxDocuments, int limit);

    /** Removes the mentions the machine made in a document; a person's stay. */
    void deleteMachineMentions(long documentId);

    /**
     * Points every mention of entity {@code from} (and every event participant and event place naming it) at entity
     * {@code to}, for a merge.
     *
     * @return the documents touched
     */
    List<Long> moveAllMentions(long from, NamedEntity to);

    /** The ids of documents that mention the entity, at most {@code limit}. */
    List<Long> documentsMentioning(long entityId, int limit);

    /** The entity's mentions whose text has one of these {@link Names#key keys}, at most {@code limit}. */
    List<Mention> mentionsWithKeys(long entityId, Collection<String> nameKeys, int limit);

    /** How many mentions the machine made, by entity type name; a person's own mentions are not counted. */
    Map<String, Long> machineMentionsByType();

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

    /** How a list of entities is ordered. */
    enum Order {
        /** Most mentions first, then by name. */
        MENTIONS,
        /** By name, A to Z. */
        NAME
    }

    /**
     * A piece of a document's text around a mention.
     *
     * @param begin      where {@code text} starts in the document's text
     * @param textLength how long the document's text is, so that a reader knows whether more follows
     */
    record MentionWindow(long mentionId, long documentId, String documentTitle, int begin, String text,
                         int textLength) {
    }

    /** Another entity and in how many documents it is mentioned together with the one asked about. */
    record CoOccurrence(NamedEntity entity, long sharedDocuments) {
    }
}
