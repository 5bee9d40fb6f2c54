package io.storyline.domain.document.jpa;

import io.storyline.domain.document.FingerprintBand;
import io.storyline.domain.document.NearDuplicate;
import io.storyline.domain.document.SimilarityRepository;
import io.storyline.domain.document.TextFingerprint;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** {@link SimilarityRepository} on JPA. */
@ApplicationScoped
public class JpaSimilarityRepository implements SimilarityRepository {

    @PersistenceContext(unitName = "storyline")
    EntityManager em;

    @Override
    public void saveFingerprint(TextFingerprint fingerprint, List<FingerprintBand> bands) {
        long id = fingerprint.documentId();
        em.createQuery("delete from FingerprintBand b where b.key.documentId = :id").setParameter("id", id).executeUpdate();
        TextFingerprint existing = em.find(TextFingerprint.class, id);
        if (existing != null) {
            em.remove(existing);
            em.flush();
        }
        em.persist(fingerprint);
        bands.forEach(em::persist);
    }

    @Override
    public Optional<TextFingerprint> fingerprint(long documentId) {
        return Optional.ofNullable(em.find(TextFingerprint.class, documentId));
    }

    @Override
    public Set<Long> candidates(long documentId, List<FingerprintBand> bands) {
        if (bands.isEmpty()) {
            return Set.of();
        }
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<FingerprintBand> root = query.from(FingerprintBand.class);
        Path<Object> key = root.get("key");
        Predicate anyBand = cb.or(bands.stream()
                .map(b -> cb.and(cb.equal(key.get("band"), b.band()), cb.equal(key.get("bucket"), b.bucket())))
                .toArray(Predicate[]::new));
        query.select(key.get("documentId")).distinct(true)
                .where(cb.and(anyBand, cb.notEqual(key.get("documentId"), documentId)));
        return new HashSet<>(em.createQuery(query).setMaxResults(1000).getResultList());
    }

    @Override
    public void link(NearDuplicate pair) {
        boolean known = !em.createQuery("select n.id from NearDuplicate n where n.documentA = :a and n.documentB = :b",
                        Long.class)
                .setParameter("a", pair.documentA())
                .setParameter("b", pair.documentB())
                .getResultList().isEmpty();
        if (!known) {
            em.persist(pair);
        }
    }

    @Override
    public List<NearDuplicate> nearDuplicates(long documentId) {
        return em.createQuery("select n from NearDuplicate n where n.documentA = :id or n.documentB = :id"
                        + " order by n.similarity desc", NearDuplicate.class)
                .setParameter("id", documentId)
                .getResultList();
    }
}
