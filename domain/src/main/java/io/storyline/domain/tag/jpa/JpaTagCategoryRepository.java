package io.storyline.domain.tag.jpa;

import io.storyline.domain.tag.TagCategory;
import io.storyline.domain.tag.TagCategoryRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@link TagCategoryRepository} on JPA; the tag-to-category table has no entity of its own. */
@ApplicationScoped
public class JpaTagCategoryRepository implements TagCategoryRepository {

    @PersistenceContext(unitName = "storyline")
    EntityManager em;

    @Override
    public List<TagCategory> all() {
        return em.createQuery("select c from TagCategory c order by c.nameKey", TagCategory.class).getResultList();
    }

    @Override
    public Optional<TagCategory> find(long id) {
        return Optional.ofNullable(em.find(TagCategory.class, id));
    }

    @Override
    public Optional<TagCategory> findByKey(String nameKey) {
        return em.createQuery("select c from TagCategory c where c.nameKey = :k", TagCategory.class)
                .setParameter("k", nameKey).getResultStream().findFirst();
    }

    @Override
    public TagCategory save(TagCategory category) {
        if (category.id() == null) {
            em.persist(category);
            return category;
        }
        return em.merge(category);
    }

    @Override
    public void delete(TagCategory category) {
        em.createNativeQuery("delete from tag_category_member where category_id = ?1")
                .setParameter(1, category.id()).executeUpdate();
        em.remove(em.contains(category) ? category : em.merge(category));
    }

    @Override
    public Map<String, Long> assignments() {
        List<?> rows = em.createNativeQuery("select tag_name, category_id from tag_category_member").getResultList();
        Map<String, Long> found = new HashMap<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            found.put((String) r[0], ((Number) r[1]).longValue());
        }
        return found;
    }

    @Override
    public void assign(String tagName, Long categoryId, String by, Instant at) {
        em.createNativeQuery("delete from tag_category_member where tag_name = ?1").setParameter(1, tagName)
                .executeUpdate();
        if (categoryId != null) {
            em.createNativeQuery("insert into tag_category_member (tag_name, category_id, assigned_by, assigned_at)"
                            + " values (?1, ?2, ?3, ?4)")
                    .setParameter(1, tagName).setParameter(2, categoryId).setParameter(3, by)
                    .setParameter(4, Timestamp.from(at)).executeUpdate();
        }
    }
}
