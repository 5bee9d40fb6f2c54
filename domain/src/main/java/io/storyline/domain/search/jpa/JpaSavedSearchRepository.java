package io.storyline.domain.search.jpa;

import io.storyline.domain.search.SavedSearch;
import io.storyline.domain.search.SavedSearchRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** {@link SavedSearchRepository} on JPA. */
@ApplicationScoped
public class JpaSavedSearchRepository implements SavedSearchRepository {

    @PersistenceContext(unitName = "storyline")
    EntityManager em;

    @Override
    public void save(SavedSearch search) {
        em.persist(search);
    }

    @Override
    public List<SavedSearch> of(String owner) {
        return em.createQuery("select s from SavedSearch s where s.owner = :o order by s.name", SavedSearch.class)
                .setParameter("o", owner).getResultList();
    }

    @Override
    public Optional<SavedSearch> find(String owner, long id) {
        return Optional.ofNullable(em.find(SavedSearch.class, id)).filter(s -> s.owner().equals(owner));
    }

    @Override
    public Optional<SavedSearch> findByName(String owner, String name) {
        return em.createQuery("select s from SavedSearch s where s.owner = :o and s.name = :n", SavedSearch.class)
                .setParameter("o", owner).setParameter("n", name).getResultStream().findFirst();
    }

    @Override
    public void delete(SavedSearch search) {
        em.remove(search);
    }
}
