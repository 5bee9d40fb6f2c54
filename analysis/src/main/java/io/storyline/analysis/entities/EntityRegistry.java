package io.storyline.analysis.entities;

import io.storyline.domain.entity.EntityRepository;
import io.storyline.domain.entity.EntityType;
import io.storyline.domain.entity.NamedEntity;
import io.storyline.domain.entity.Names;
import jakarta.annotation.Resource;
import jakarta.ejb.LocalBean;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;

/**
 * Creates canonical entities in a transaction of their own, committed at once, so that workers analysing
 * documents side by side see each other's new entities and never create the same one twice: the unique key on
 * type and name decides, and the loser simply uses the winner's.
 */
@Stateless
@LocalBean
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class EntityRegistry {

    @Inject
    EntityRepository entities;

    @PersistenceContext(unitName = "storyline")
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    Clock clock;

    /** Creates the entity unless it exists (or another worker creates it at the same moment). */
    public void ensure(EntityType type, String name) {
        if (entities.findByKey(type, Names.key(name)).isPresent()) {
            return;
        }
        try {
            entities.save(new NamedEntity(type, name, clock.instant()));
            em.flush();
        } catch (PersistenceException createdMeanwhile) {
            context.setRollbackOnly(); // the other worker's entity stands
        }
    }
}
