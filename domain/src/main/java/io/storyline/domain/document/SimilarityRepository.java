package io.storyline.domain.document;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Fingerprints of texts, their LSH bands, and the near-duplicate pairs found with them. */
public interface SimilarityRepository {

    /** Replaces the document's fingerprint and bands. */
    void saveFingerprint(TextFingerprint fingerprint, List<FingerprintBand> bands);

    Optional<TextFingerprint> fingerprint(long documentId);

    /** Documents other than {@code documentId} that share at least one band bucket with these bands. */
    Set<Long> candidates(long documentId, List<FingerprintBand> bands);

    /** Records the pair unless it is recorded already. */
    void link(NearDuplicate pair);

    /** The document's near-duplicates, most similar first. */
    List<NearDuplicate> nearDuplicates(long documentId);
}
