package io.storyline.domain.document.jpa;

import io.storyline.domain.document.FingerprintBand;
import io.storyline.domain.document.NearDuplicate;
import io.storyline.domain.document.SimilarityRepository;
import io.storyline.domain.document.TextFingerprint;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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
        TextFingerprint existing = em.find(TextFingerprint.class, id);
        if (existing != null) {
            em.createQuery("delete from FingerprintBand b where b.key.documentId = :id").setParameter("id", id).executeUpdate();
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
        // Buckets carry their band number, so matching the bucket alone is enough, and it is an index lookup.
        List<Long> buckets = bands.stream().map(FingerprintBand::bucket).toList();
        return new HashSet<>(em.createQuery("select distinct b.key.documentId from FingerprintBand b"
                        + " where b.key.bucket in :buckets and b.key.documentId <> :id", Long.class)
                .setParameter("buckets", buckets)
                .setParameter("id", documentId)
                .setMaxResults(1000)
                .getResultList());
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
