package io.storyline.analysis.evaluation.metrics;

import java.util.Objects;

/**
 * An entity mention, gold or predicted, for MEANTIME scoring.
 *
 * @param extent the tokens it covers
 * @param type PER, ORG, LOC, PRO, FIN or MIX in the gold; whatever the system said in predictions; may be null
 * @param syntacticType MEANTIME's syntactic_type (NAM for names, NOM, PRO, ...); null for predictions
 */
public record EntityMention(Extent extent, String type, String syntacticType) {

    public EntityMention {
        Objects.requireNonNull(extent, "extent");
    }

    public boolean isNamed() {
        return "NAM".equals(syntacticType);
    }
}
