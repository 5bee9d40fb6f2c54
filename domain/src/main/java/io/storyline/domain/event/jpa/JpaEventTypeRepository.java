package io.storyline.domain.event.jpa;

import io.storyline.domain.event.EventType;
import io.storyline.domain.event.EventTypeRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** {@link EventTypeRepository} on JPA. */
@ApplicationScoped
public class JpaEventTypeRepository implements EventTypeRepository {

    @PersistenceContext(unitName = "storyline")
    EntityManager em;

    @Override
    public EventType save(EventType type) {
        if (type.id() == null) {
            em.persist(type);
            return type;
        }
        return em.merge(type);
    }

    @Override
    public Optional<EventType> find(long id) {
        return Optional.ofNullable(em.find(EventType.class, id));
    }

    @Override
    public Optional<EventType> findByCode(String code) {
        return em.createQuery("select t from EventType t where t.code = :code", EventType.class)
                .setParameter("code", code.strip().toUpperCase(Locale.ROOT))
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<EventType> all() {
        return em.createQuery("select t from EventType t order by t.code", EventType.class).getResultList();
    }

    @Override
    public void delete(EventType type) {
        em.remove(em.contains(type) ? type : em.merge(type));
    }
}
