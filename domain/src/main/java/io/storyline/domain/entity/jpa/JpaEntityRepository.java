package io.storyline.domain.entity.jpa;

import io.storyline.domain.common.Page;
import io.storyline.domain.common.PageRequest;
import io.storyline.domain.curation.Origin;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** {@link EntityRepository} on JPA. */
@ApplicationScoped
public class JpaEntityRepository implements EntityRepository {

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
        String where = " where e.mergedInto is null"
                + (query != null && !query.isBlank() ? " and e.nameKey like :q" : "")
                + (type != null ? " and e.type = :type" : "");
        TypedQuery<Object[]> select = em.createQuery("select e, count(m.id), count(distinct m.documentId)"
                + " from NamedEntity e left join Mention m on m.entityId = e.id" + where
                + " group by e order by count(m.id) desc, e.name", Object[].class);
        TypedQuery<Long> count = em.createQuery("select count(e) from NamedEntity e" + where, Long.class);
        if (query != null && !query.isBlank()) {
            String like = "%" + Names.key(query).replace("\\", "").replace("%", "").replace("_", "") + "%";
            select.setParameter("q", like);
            count.setParameter("q", like);
        }
        if (type != null) {
            select.setParameter("type", type);
            count.setParameter("type", type);
        }
        List<EntityCount> items = select.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList()
                .stream().map(r -> new EntityCount((NamedEntity) r[0], (Long) r[1], (Long) r[2])).toList();
        return new Page<>(items, count.getSingleResult());
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
    public void deleteMachineMentions(long documentId) {
        em.createQuery("delete from Mention m where m.documentId = :doc and m.origin = :machine")
                .setParameter("doc", documentId)
                .setParameter("machine", Origin.MACHINE)
                .executeUpdate();
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
