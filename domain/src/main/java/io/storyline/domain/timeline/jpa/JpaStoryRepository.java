package io.storyline.domain.timeline.jpa;

import io.storyline.domain.timeline.Story;
import io.storyline.domain.timeline.StoryRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** {@link StoryRepository} on JPA. */
@ApplicationScoped
public class JpaStoryRepository implements StoryRepository {

    @PersistenceContext(unitName = "storyline")
    EntityManager em;

    @Override
    public void save(Story story) {
        em.persist(story);
    }

    @Override
    public Optional<Story> find(long id) {
        return Optional.ofNullable(em.find(Story.class, id));
    }

    @Override
    public List<Story> all() {
        return em.createQuery("select s from Story s order by s.updatedAt desc, s.id desc", Story.class)
                .getResultList();
    }

    @Override
    public void delete(Story story) {
        em.remove(story);
    }
}
