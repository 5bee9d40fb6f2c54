package io.storyline.domain.user.jpa;

import io.storyline.domain.user.SigningKey;
import io.storyline.domain.user.SigningKeyRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** {@link SigningKeyRepository} on JPA. */
@ApplicationScoped
public class JpaSigningKeyRepository implements SigningKeyRepository {

    @PersistenceContext(unitName = "storyline")
    EntityManager em;

    @Override
    public Optional<SigningKey> find(String name) {
        return Optional.ofNullable(em.find(SigningKey.class, name));
    }

    @Override
    public SigningKey add(SigningKey key) {
        em.persist(key);
        em.flush();
        return key;
    }
}
