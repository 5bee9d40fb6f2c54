package io.storyline.domain.document.jpa;

import io.storyline.domain.document.Document;
import io.storyline.domain.document.DocumentFilter;
import io.storyline.domain.document.DocumentRepository;
import io.storyline.domain.document.DocumentStatus;
import io.storyline.domain.common.Page;
import io.storyline.domain.common.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.List;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** {@link DocumentRepository} on JPA. */
@ApplicationScoped
public class JpaDocumentRepository implements DocumentRepository {

    @PersistenceContext(unitName = "storyline")
    EntityManager em;

    @Override
    public Document save(Document document) {
        if (document.id() == null) {
            em.persist(document);
            return document;
        }
        return em.merge(document);
    }

    @Override
    public Optional<Document> find(long id) {
        return Optional.ofNullable(em.find(Document.class, id));
    }

    @Override
    public Optional<Document> findBySha256(String sha256) {
        return em.createQuery("select d from Document d where d.sha256 = :sha", Document.class)
                .setParameter("sha", sha256.toLowerCase(Locale.ROOT))
                .getResultStream()
                .findFirst();
    }

    @Override
    public Page<Document> list(DocumentFilter filter, PageRequest page) {
        CriteriaBuilder cb = em.getCriteriaBuilder();

        CriteriaQuery<Document> select = cb.createQuery(Document.class);
        Root<Document> root = select.from(Document.class);
        select.where(predicates(cb, root, filter)).orderBy(cb.desc(root.get("uploadedAt")), cb.desc(root.get("id")));
        TypedQuery<Document> query = em.createQuery(select)
                .setFirstResult(page.offset())
                .setMaxResults(page.size());

        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<Document> countRoot = count.from(Document.class);
        count.select(cb.count(countRoot)).where(predicates(cb, countRoot, filter));

        return new Page<>(query.getResultList(), em.createQuery(count).getSingleResult());
    }

    @Override
    public Map<DocumentStatus, Long> countByStatus() {
        Map<DocumentStatus, Long> counts = new EnumMap<>(DocumentStatus.class);
        em.createQuery("select d.status, count(d) from Document d group by d.status", Object[].class)
                .getResultList()
                .forEach(row -> counts.put((DocumentStatus) row[0], (Long) row[1]));
        return counts;
    }

    private static Predicate[] predicates(CriteriaBuilder cb, Root<Document> root, DocumentFilter filter) {
        List<Predicate> where = new ArrayList<>();
        if (filter.status() != null) {
            where.add(cb.equal(root.get("status"), filter.status()));
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            String like = "%" + escapeLike(filter.text().strip().toLowerCase(Locale.ROOT)) + "%";
            where.add(cb.or(
                    cb.like(cb.lower(root.get("filename")), like, '\\'),
                    cb.like(cb.lower(root.get("title")), like, '\\')));
        }
        return where.toArray(Predicate[]::new);
    }

    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
