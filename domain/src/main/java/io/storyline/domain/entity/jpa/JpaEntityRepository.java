package io.storyline.domain.entity.jpa;

import io.storyline.domain.common.Like;
import io.storyline.domain.common.Origin;
import io.storyline.domain.common.Page;
import io.storyline.domain.common.PageRequest;
import io.storyline.domain.entity.EntityRepository;
import io.storyline.domain.entity.EntityType;
import io.storyline.domain.entity.Mention;
import io.storyline.domain.entity.NamedEntity;
import io.storyline.domain.entity.Names;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** {@link EntityRepository} on JPA. */
@ApplicationScoped
public class JpaEntityRepository implements EntityRepository {

    /** The longest window {@link #windows} reads, whatever the mention's span. */
    private static final int WINDOW_MAX = 4000;

    @PersistenceContext(unitName = "storyline")
    EntityManager em;

    @Override
    public NamedEntity save(NamedEntity entity) {
        if (entity.id() == null) {
            em.persist(entity);
            return entity;
        }
        return em.merge(entity);
    }

    @Override
    public Optional<NamedEntity> find(long id) {
        return Optional.ofNullable(em.find(NamedEntity.class, id));
    }

    @Override
    public Optional<NamedEntity> findByKey(EntityType type, String nameKey) {
        return em.createQuery("select e from NamedEntity e where e.type = :type and e.nameKey = :key", NamedEntity.class)
                .setParameter("type", type)
                .setParameter("key", nameKey)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<NamedEntity> personsWithLastName(String lastNameKey, int limit) {
        return em.createQuery("select e from NamedEntity e where e.type = :type and e.lastNameKey = :key"
                        + " and e.mergedInto is null order by e.id", NamedEntity.class)
                .setParameter("type", EntityType.PERSON)
                .setParameter("key", lastNameKey)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public Page<EntityCount> list(String query, EntityType type, PageRequest page) {
        String where = where(query, type);
        TypedQuery<Object[]> select = em.createQuery("select e, count(m.id), count(distinct m.documentId)"
                + " from NamedEntity e left join Mention m on m.entityId = e.id" + where
                + " group by e order by count(m.id) desc, e.name", Object[].class);
        TypedQuery<Long> count = em.createQuery("select count(e) from NamedEntity e" + where, Long.class);
        bind(query, type, select, count);
        List<EntityCount> items = select.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList()
                .stream().map(r -> new EntityCount((NamedEntity) r[0], (Long) r[1], (Long) r[2])).toList();
        return new Page<>(items, count.getSingleResult());
    }

    @Override
    public Page<EntityCount> list(String query, EntityType type, Order order, PageRequest page) {
        if (order != Order.NAME) {
            return list(query, type, page);
        }
        String where = where(query, type);
        TypedQuery<NamedEntity> select = em.createQuery("select e from NamedEntity e" + where
                + " order by e.nameKey, e.id", NamedEntity.class);
        TypedQuery<Long> count = em.createQuery("select count(e) from NamedEntity e" + where, Long.class);
        bind(query, type, select, count);
        List<NamedEntity> found = select.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        Map<Long, long[]> counts = new HashMap<>();
        if (!found.isEmpty()) {
            // Only this page's entities are counted: ix_mention_entity answers it without reading other mentions.
            for (Object[] r : em.createQuery("select m.entityId, count(m.id), count(distinct m.documentId)"
                            + " from Mention m where m.entityId in :ids group by m.entityId", Object[].class)
                    .setParameter("ids", found.stream().map(NamedEntity::id).toList())
                    .getResultList()) {
                counts.put((Long) r[0], new long[] {(Long) r[1], (Long) r[2]});
            }
        }
        List<EntityCount> items = found.stream().map(e -> {
            long[] c = counts.getOrDefault(e.id(), new long[2]);
            return new EntityCount(e, c[0], c[1]);
        }).toList();
        return new Page<>(items, count.getSingleResult());
    }

    private static String where(String query, EntityType type) {
        return " where e.mergedInto is null"
                + (query != null && !query.isBlank() ? " and e.nameKey like :q " + Like.ESCAPE_CLAUSE : "")
                + (type != null ? " and e.type = :type" : "");
    }

    private static void bind(String query, EntityType type, TypedQuery<?>... queries) {
        for (TypedQuery<?> q : queries) {
            if (query != null && !query.isBlank()) {
                q.setParameter("q", namePattern(query));
            }
            if (type != null) {
                q.setParameter("type", type);
            }
        }
    }

    /**
     * "Names containing these words", compared by name key; words the key drops entirely (only punctuation) leave
     * the text as typed, which no key contains: such a filter finds nothing rather than everything.
     */
    static String namePattern(String query) {
        String key = Names.key(query);
        return Like.contains(key.isEmpty() ? query.strip() : key);
    }

    @Override
    public EntityCount count(NamedEntity entity) {
        Object[] r = em.createQuery("select count(m.id), count(distinct m.documentId) from Mention m"
                        + " where m.entityId = :id", Object[].class)
                .setParameter("id", entity.id())
                .getSingleResult();
        return new EntityCount(entity, (Long) r[0], (Long) r[1]);
    }

    @Override
    public void saveMention(Mention mention) {
        em.persist(mention);
    }

    @Override
    public List<Mention> mentionsOf(long documentId) {
        return em.createQuery("select m from Mention m where m.documentId = :doc order by m.begin, m.end", Mention.class)
                .setParameter("doc", documentId)
                .getResultList();
    }

    @Override
    public List<Mention> mentionsOfEntity(long entityId, int limit) {
        return em.createQuery("select m from Mention m where m.entityId = :id order by m.documentId desc, m.begin",
                        Mention.class)
                .setParameter("id", entityId)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public Page<Mention> mentionsOfEntity(long entityId, PageRequest page) {
        List<Mention> items = em.createQuery("select m from Mention m where m.entityId = :id"
                        + " order by m.documentId desc, m.begin, m.id", Mention.class)
                .setParameter("id", entityId)
                .setFirstResult(page.offset())
                .setMaxResults(page.size())
                .getResultList();
        long total = em.createQuery("select count(m) from Mention m where m.entityId = :id", Long.class)
                .setParameter("id", entityId)
                .getSingleResult();
        return new Page<>(items, total);
    }

    /** Cuts the windows in the database, so that a long text never travels whole for a few lines of it. */
    @Override
    public Map<Long, MentionWindow> windows(Collection<Long> mentionIds, int radius) {
        if (mentionIds.isEmpty()) {
            return Map.of();
        }
        if (radius < 0 || radius > 1000) {
            throw new IllegalArgumentException("radius must be between 0 and 1000, was " + radius);
        }
        String from = "greatest(m.begin_offset - " + radius + ", 0)";
        List<?> rows = em.createNativeQuery("select m.id, m.document_id, coalesce(d.title, d.filename), " + from + ","
                        + " cast(substring(t.content, " + from + " + 1, least(m.end_offset - " + from + " + " + radius
                        + ", " + WINDOW_MAX + ")) as varchar(" + WINDOW_MAX + ")), length(t.content)"
                        + " from mention m join document d on d.id = m.document_id"
                        + " join document_text t on t.document_id = m.document_id where m.id in (:ids)")
                .setParameter("ids", mentionIds)
                .getResultList();
        Map<Long, MentionWindow> windows = new HashMap<>();
        for (Object row : rows) {
            Object[] c = (Object[]) row;
            long id = ((Number) c[0]).longValue();
            windows.put(id, new MentionWindow(id, ((Number) c[1]).longValue(), (String) c[2],
                    ((Number) c[3]).intValue(), c[4] == null ? "" : c[4].toString(), ((Number) c[5]).intValue()));
        }
        return windows;
    }

    /**
     * The entity's newest documents come from ix_mention_entity alone; their mentions from ix_mention_document; the
     * counting is done by the database.
     */
    @Override
    public List<CoOccurrence> coOccurring(long entityId, int maxDocuments, int limit) {
        List<?> rows = em.createNativeQuery("select o.entity_id, count(distinct o.document_id) from"
                        + " (select distinct s.document_id from mention s where s.entity_id = :id"
                        + " order by s.document_id desc fetch first " + Math.max(1, maxDocuments) + " rows only) d"
                        + " join mention o on o.document_id = d.document_id where o.entity_id <> :id"
                        + " group by o.entity_id order by 2 desc, 1 fetch first " + Math.max(1, limit) + " rows only")
                .setParameter("id", entityId)
                .getResultList();
        Map<Long, Long> shared = new LinkedHashMap<>();
        for (Object row : rows) {
            Object[] c = (Object[]) row;
            shared.put(((Number) c[0]).longValue(), ((Number) c[1]).longValue());
        }
        Map<Long, NamedEntity> named = byIds(shared.keySet());
        return shared.entrySet().stream().filter(e -> named.containsKey(e.getKey()))
                .map(e -> new CoOccurrence(named.get(e.getKey()), e.getValue()))
                .sorted(Comparator.comparingLong(CoOccurrence::sharedDocuments).reversed()
                        .thenComparing(c -> c.entity().nameKey()))
                .toList();
    }

    @Override
    public void deleteMachineMentions(long documentId) {
        em.createQuery("delete from Mention m where m.documentId = :doc and m.origin = :machine")
                .setParameter("doc", documentId)
                .setParameter("machine", Origin.MACHINE)
                .executeUpdate();
    }

    @Override
    public List<Long> moveAllMentions(long from, NamedEntity to) {
        List<Long> documents = documentsMentioning(from, Integer.MAX_VALUE);
        em.flush();
        em.createNativeQuery("update mention set entity_id = ?1, type = ?2 where entity_id = ?3")
                .setParameter(1, to.id()).setParameter(2, to.type().name()).setParameter(3, from)
                .executeUpdate();
        em.createNativeQuery("update event_participant set entity_id = ?1, name = ?2 where entity_id = ?3")
                .setParameter(1, to.id()).setParameter(2, to.name()).setParameter(3, from)
                .executeUpdate();
        em.createNativeQuery("update event set place_entity_id = ?1, place_name = ?2 where place_entity_id = ?3")
                .setParameter(1, to.id()).setParameter(2, to.name()).setParameter(3, from)
                .executeUpdate();
        em.clear();
        return documents;
    }

    @Override
    public List<Long> documentsMentioning(long entityId, int limit) {
        List<?> rows = em.createNativeQuery("select distinct document_id from mention where entity_id = ?1")
                .setParameter(1, entityId)
                .setMaxResults(limit)
                .getResultList();
        return rows.stream().map(r -> ((Number) r).longValue()).toList();
    }

    @Override
    public List<Mention> mentionsWithKeys(long entityId, Collection<String> nameKeys, int limit) {
        return em.createQuery("select m from Mention m where m.entityId = :e order by m.documentId, m.begin",
                        Mention.class)
                .setParameter("e", entityId)
                .getResultStream()
                .filter(m -> nameKeys.contains(Names.key(m.text())))
                .limit(limit)
                .toList();
    }

    @Override
    public Map<String, Long> machineMentionsByType() {
        Map<String, Long> counts = new HashMap<>();
        em.createQuery("select m.type, count(m) from Mention m where m.origin = :machine group by m.type",
                        Object[].class)
                .setParameter("machine", Origin.MACHINE)
                .getResultList()
                .forEach(r -> counts.put(((EntityType) r[0]).name(), ((Number) r[1]).longValue()));
        return counts;
    }

    @Override
    public Map<Long, NamedEntity> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select e from NamedEntity e where e.id in :ids", NamedEntity.class)
                .setParameter("ids", ids)
                .getResultStream()
                .collect(Collectors.toMap(NamedEntity::id, Function.identity()));
    }
}
