package io.storyline.domain.time.jpa;

import io.storyline.domain.time.TimeExpression;
import io.storyline.domain.time.TimeExpressionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** {@link TimeExpressionRepository} on JPA. */
@ApplicationScoped
public class JpaTimeExpressionRepository implements TimeExpressionRepository {

    @PersistenceContext(unitName = "storyline")
    EntityManager em;

    @Override
    public void save(TimeExpression expression) {
        em.persist(expression);
    }

    @Override
    public List<TimeExpression> ofDocument(long documentId) {
        return em.createQuery("select t from TimeExpression t where t.documentId = :doc order by t.begin",
                        TimeExpression.class)
                .setParameter("doc", documentId)
                .getResultList();
    }

    @Override
    public void deleteOfDocument(long documentId) {
        em.createQuery("delete from TimeExpression t where t.documentId = :doc")
                .setParameter("doc", documentId)
                .executeUpdate();
    }
}
