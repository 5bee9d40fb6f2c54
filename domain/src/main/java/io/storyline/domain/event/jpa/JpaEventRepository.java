package io.storyline.domain.event.jpa;

import io.storyline.domain.event.Event;
import io.storyline.domain.event.EventRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** {@link EventRepository} on JPA. */
@ApplicationScoped
public class JpaEventRepository implements EventRepository {

    @PersistenceContext(unitName = "storyline")
    EntityManager em;

    @Override
    public void save(Event event) {
        em.persist(event);
    }

    @Override
    public List<Event> ofDocument(long documentId) {
        return em.createQuery("select distinct e from Event e left join fetch e.participants"
                        + " where e.documentId = :doc order by e.triggerBegin", Event.class)
                .setParameter("doc", documentId)
                .getResultList();
    }

    @Override
    public List<Event> ofEntity(long entityId, int limit) {
        List<Long> ids = em.createQuery("select e.id from Event e where e.placeEntityId = :id or exists"
                        + " (select 1 from Event x join x.participants p where x.id = e.id and p.entityId = :id)"
                        + " order by e.date.start desc nulls last, e.id desc", Long.class)
                .setParameter("id", entityId)
                .setMaxResults(limit)
                .getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select distinct e from Event e left join fetch e.participants where e.id in :ids"
                        + " order by e.date.start desc nulls last, e.id desc", Event.class)
                .setParameter("ids", ids)
                .getResultList();
    }

    @Override
    public long countOfEntity(long entityId) {
        return em.createQuery("select count(e) from Event e where e.placeEntityId = :id or exists"
                        + " (select 1 from Event x join x.participants p where x.id = e.id and p.entityId = :id)",
                        Long.class)
                .setParameter("id", entityId)
                .getSingleResult();
    }

    @Override
    public void deleteOfDocument(long documentId) {
        // Bulk deletes skip the element collection; the participants go with their events by ON DELETE CASCADE.
        em.createNativeQuery("delete from event where document_id = ?1")
                .setParameter(1, documentId)
                .executeUpdate();
    }
}
