package io.storyline.domain.tag.jpa;

import io.storyline.domain.common.Like;
import io.storyline.domain.tag.DocumentTag;
import io.storyline.domain.tag.TagCount;
import io.storyline.domain.tag.TagRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** {@link TagRepository} on JPA. */
@ApplicationScoped
public class JpaTagRepository implements TagRepository {

    @PersistenceContext(unitName = "storyline")
    EntityManager em;

    @Override
    public List<DocumentTag> of(long documentId) {
        return em.createQuery("select t from DocumentTag t where t.documentId = :d order by t.name", DocumentTag.class)
                .setParameter("d", documentId).getResultList();
    }

    @Override
    public Map<Long, List<String>> namesOf(Collection<Long> documentIds) {
        Map<Long, List<String>> names = new HashMap<>();
        if (documentIds.isEmpty()) {
            return names;
        }
        List<Object[]> rows = em.createQuery("select t.documentId, t.name from DocumentTag t "
                        + "where t.documentId in :ids order by t.documentId, t.name", Object[].class)
                .setParameter("ids", documentIds).getResultList();
        for (Object[] row : rows) {
            names.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add((String) row[1]);
        }
        return names;
    }

    @Override
    public boolean add(DocumentTag tag) {
        Long present = em.createQuery("select count(t) from DocumentTag t where t.documentId = :d and t.name = :n",
                        Long.class)
                .setParameter("d", tag.documentId()).setParameter("n", tag.name()).getSingleResult();
        if (present > 0) {
            return false;
        }
        em.persist(tag);
        return true;
    }

    @Override
    public boolean remove(long documentId, String name) {
        return em.createQuery("delete from DocumentTag t where t.documentId = :d and t.name = :n")
                .setParameter("d", documentId).setParameter("n", name).executeUpdate() > 0;
    }

    @Override
    public List<TagCount> inUse(String fragment, int limit) {
        String like = fragment == null || fragment.isBlank() ? "%"
                : Like.contains(fragment.strip().toLowerCase(Locale.ROOT));
        return em.createQuery("select t.name, count(t) from DocumentTag t where t.name like :f escape '\\' "
                        + "group by t.name order by count(t) desc, t.name", Object[].class)
                .setParameter("f", like).setMaxResults(limit).getResultList().stream()
                .map(r -> new TagCount((String) r[0], (Long) r[1])).toList();
    }
}
