package io.storyline.domain.timeline.jpa;

import io.storyline.domain.timeline.EventLink;
import io.storyline.domain.timeline.EventLinkRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** {@link EventLinkRepository} on JPA. */
@ApplicationScoped
public class JpaEventLinkRepository implements EventLinkRepository {

    @PersistenceContext(unitName = "storyline")
    EntityManager em;

    @Override
    public void decide(EventLink link) {
        for (EventLink earlier : active()) {
            if (earlier.samePair(link)) {
                earlier.supersede(link.decidedAt());
            }
        }
        em.persist(link);
    }

    @Override
    public List<EventLink> active() {
        return em.createQuery("select l from EventLink l where l.supersededAt is null order by l.decidedAt, l.id",
                EventLink.class).getResultList();
    }
}
