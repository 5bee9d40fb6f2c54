package io.storyline.domain.curation.jpa;

import io.storyline.domain.curation.Decision;
import io.storyline.domain.curation.DecisionKind;
import io.storyline.domain.curation.DecisionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** {@link DecisionRepository} on JPA. */
@ApplicationScoped
public class JpaDecisionRepository implements DecisionRepository {

    @PersistenceContext(unitName = "storyline")
    EntityManager em;

    @Override
    public Decision record(Decision decision) {
        List<Decision> earlier = decision.documentId().isPresent()
                ? activeFor(decision.documentId().get()) : activeEverywhere();
        for (Decision d : earlier) {
            if (d.sameSubject(decision)) {
                d.supersede(decision.decidedAt());
            }
        }
        em.persist(decision);
        return decision;
    }

    @Override
    public List<Decision> activeFor(long documentId) {
        return em.createQuery("select d from Decision d where d.documentId = :doc and d.supersededAt is null"
                        + " order by d.decidedAt, d.id", Decision.class)
                .setParameter("doc", documentId)
                .getResultList();
    }

    @Override
    public List<Decision> activeEverywhere() {
        return em.createQuery("select d from Decision d where d.kind = :kind and d.supersededAt is null"
                        + " order by d.decidedAt, d.id", Decision.class)
                .setParameter("kind", DecisionKind.NEVER_ENTITY)
                .getResultList();
    }

    @Override
    public List<Decision> aboutEntity(long entityId, int limit) {
        return em.createQuery("select d from Decision d where d.documentId is null and (d.entityId = :e"
                        + " or d.targetEntityId = :e) order by d.decidedAt desc, d.id desc", Decision.class)
                .setParameter("e", entityId)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<SpanVerdict> activeSpanVerdicts() {
        return em.createQuery("select new io.storyline.domain.curation.DecisionRepository$SpanVerdict(d.kind,"
                        + " d.documentId, d.begin, d.end, d.subjectType) from Decision d"
                        + " where d.supersededAt is null and d.documentId is not null and d.begin is not null"
                        + " and d.end is not null", SpanVerdict.class)
                .getResultList();
    }

    @Override
    public List<Decision> historyOf(long documentId) {
        return em.createQuery("select d from Decision d where d.documentId = :doc order by d.decidedAt desc, d.id desc",
                        Decision.class)
                .setParameter("doc", documentId)
                .getResultList();
    }
}
