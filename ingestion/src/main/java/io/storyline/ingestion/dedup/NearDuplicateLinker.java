package io.storyline.ingestion.dedup;

import io.storyline.domain.document.FingerprintBand;
import io.storyline.domain.document.NearDuplicate;
import io.storyline.domain.document.SimilarityRepository;
import io.storyline.domain.document.TextFingerprint;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Stores a text's fingerprint and links the document to the near-duplicates it has. Runs in the caller's transaction. */
@ApplicationScoped
public class NearDuplicateLinker {

    public static final String THRESHOLD_KEY = "storyline.near-duplicates.threshold";

    @Inject
    SimilarityRepository similarity;

    @Inject
    @ConfigProperty(name = THRESHOLD_KEY, defaultValue = "0.8")
    double threshold;

    /**
     * @param signature the text's {@link MinHasher#signature}, or {@code null} for a text without words
     * @return the pairs found, most similar first
     */
    public List<NearDuplicate> link(long documentId, int[] signature, Instant at) {
        if (signature == null) {
            return List.of();
        }
        TextFingerprint fingerprint = new TextFingerprint(documentId, signature);
        if (similarity.fingerprint(documentId).filter(fingerprint::equals).isPresent()) {
            return List.of(); // the same text as before: its links stand
        }
        List<FingerprintBand> bands = MinHasher.bands(documentId, signature);
        similarity.saveFingerprint(fingerprint, bands);
        List<NearDuplicate> found = new ArrayList<>();
        for (long other : similarity.candidates(documentId, bands)) {
            similarity.fingerprint(other).ifPresent(theirs -> {
                double score = fingerprint.similarity(theirs);
                if (score >= threshold) {
                    NearDuplicate pair = new NearDuplicate(documentId, other, score, at);
                    similarity.link(pair);
                    found.add(pair);
                }
            });
        }
        found.sort((a, b) -> Double.compare(b.similarity(), a.similarity()));
        return found;
    }

    public double threshold() {
        return threshold;
    }
}
