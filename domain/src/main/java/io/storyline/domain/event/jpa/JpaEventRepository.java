package io.storyline.domain.event.jpa;

import static io.storyline.domain.common.SqlDates.day;

import io.storyline.domain.event.Event;
import io.storyline.domain.event.EventRepository;
import io.storyline.domain.common.Page;
import io.storyline.domain.common.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@link EventRepository} on JPA. */
@ApplicationScoped
public class JpaEventRepository implements EventRepository {

    /** Events at the entity in which it does not also take part (those are found through the participants). */
    private static final String ONLY_PLACE = " where e.place_entity_id = :entity and not exists"
            + " (select 1 from event_participant x where x.event_id = e.id and x.entity_id = :entity)";

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

    /** Counted in two parts, as {@link #eventsOfEntity} reads them: an OR would read every event of the archive. */
    @Override
    public long countOfEntity(long entityId) {
        long takesPart = ((Number) em.createNativeQuery("select count(distinct x.event_id) from event_participant x"
                        + " where x.entity_id = :entity")
                .setParameter("entity", entityId).getSingleResult()).longValue();
        long onlyPlace = ((Number) em.createNativeQuery("select count(*) from event e" + ONLY_PLACE)
                .setParameter("entity", entityId).getSingleResult()).longValue();
        return takesPart + onlyPlace;
    }

    /**
     * The events the entity takes part in, found through ix_event_participant_entity, and apart those that only
     * happen at it, through ix_event_place.
     */
    @Override
    public Page<EventOfEntity> eventsOfEntity(long entityId, PageRequest page) {
        String columns = "select e.id, e.document_id, coalesce(d.title, d.filename), e.type_code, e.trigger_text,"
                + " e.sentence, e.date_value, e.date_start, ";
        List<?> rows = em.createNativeQuery(columns + "(select min(r.role) from event_participant r"
                        + " where r.event_id = e.id and r.entity_id = :entity)"
                        + " from event e join document d on d.id = e.document_id"
                        + " where e.id in (select x.event_id from event_participant x where x.entity_id = :entity)"
                        + " union all " + columns + "'PLACE' from event e join document d on d.id = e.document_id"
                        + ONLY_PLACE + " order by 8 desc nulls last, 1 desc")
                .setParameter("entity", entityId)
                .setFirstResult(page.offset())
                .setMaxResults(page.size())
                .getResultList();
        List<EventOfEntity> items = new ArrayList<>(rows.size());
        for (Object row : rows) {
            Object[] c = (Object[]) row;
            items.add(new EventOfEntity(((Number) c[0]).longValue(), ((Number) c[1]).longValue(), (String) c[2],
                    (String) c[3], (String) c[4], (String) c[5], (String) c[6], day(c[7]), String.valueOf(c[8])));
        }
        return new Page<>(items, countOfEntity(entityId));
    }

    @Override
    public Map<String, Long> countByType() {
        Map<String, Long> counts = new HashMap<>();
        em.createQuery("select e.typeCode, count(e) from Event e group by e.typeCode", Object[].class)
                .getResultList()
                .forEach(r -> counts.put((String) r[0], ((Number) r[1]).longValue()));
        return counts;
    }

    @Override
    public void deleteOfDocument(long documentId) {
        // Bulk deletes skip the element collection; the participants go with their events by ON DELETE CASCADE.
        em.createNativeQuery("delete from event where document_id = ?1")
                .setParameter(1, documentId)
                .executeUpdate();
    }
}
