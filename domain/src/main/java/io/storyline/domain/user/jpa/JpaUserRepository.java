package io.storyline.domain.user.jpa;

import io.storyline.domain.user.User;
import io.storyline.domain.user.UserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** {@link UserRepository} on JPA. */
@ApplicationScoped
public class JpaUserRepository implements UserRepository {

    @PersistenceContext(unitName = "storyline")
    EntityManager em;

    @Override
    public User save(User user) {
        if (user.id() == null) {
            em.persist(user);
            return user;
        }
        return em.merge(user);
    }

    @Override
    public Optional<User> findByUsername(String username) {
        if (username == null) {
            return Optional.empty();
        }
        return em.createQuery("select u from User u where u.username = :name", User.class)
                .setParameter("name", username.strip().toLowerCase(Locale.ROOT))
                .getResultStream()
                .findFirst();
    }

    @Override
    public long count() {
        return em.createQuery("select count(u) from User u", Long.class).getSingleResult();
    }

    @Override
    public List<User> list() {
        return em.createQuery("select u from User u order by u.username", User.class).getResultList();
    }

    @Override
    public List<User> lockAll() {
        List<User> locked = em.createQuery("select u from User u order by u.id", User.class)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        // Rows already in this persistence context would keep what was read before the lock.
        locked.forEach(em::refresh);
        return locked;
    }
}
