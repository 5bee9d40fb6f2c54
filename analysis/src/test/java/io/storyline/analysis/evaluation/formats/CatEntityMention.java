package io.storyline.analysis.evaluation.formats;

import java.util.List;

/**
 * An {@code ENTITY_MENTION} markable.
 *
 * @param id its {@code m_id}
 * @param tokens indexes into {@link CatDocument#tokens()}, ascending
 * @param entityType the {@code ent_type} of the ENTITY it REFERS_TO (PER, ORG, LOC, PRO, FIN, MIX), or null
 * @param syntacticType its {@code syntactic_type} (NAM, NOM, PRO, PRE.NAM, ...), or null when absent or empty
 */
public record CatEntityMention(String id, List<Integer> tokens, String entityType, String syntacticType) {

    public CatEntityMention {
        tokens = List.copyOf(tokens);
    }
}
