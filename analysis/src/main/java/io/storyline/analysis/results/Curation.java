package io.storyline.analysis.results;

import io.storyline.domain.curation.Decision;
import io.storyline.domain.entity.EntityType;
import java.util.List;

/**
 * What editors decide about entities as a whole — merges, splits, aliases — and what all their decisions say about
 * the machine's precision. Each decision is stored (who, when, what, why) and holds after every re-analysis. Each
 * method throws {@link io.storyline.analysis.AnalysisProblem} naming what is missing or wrong.
 */
public interface Curation {

    /** At most this many mentions move in one split; a larger one is refused with a message. */
    int MAX_SPLIT_MENTIONS = 5000;

    /**
     * Merges entity {@code entityId} into entity {@code intoId}: every mention, event participant and event place
     * of the first now names the second, and analysis resolves the first's name to the second from now on.
     */
    Decision merge(long entityId, long intoId, String reason, String user);

    /**
     * Splits off the mentions of entity {@code entityId} written as one of {@code names} into another entity (found
     * or created by {@code newName} and {@code newType}; by default the first name and the same type). Each moved
     * mention is linked by a decision, so re-analysis keeps it where the editor put it.
     */
    Decision split(long entityId, List<String> names, String newName, EntityType newType, String reason, String user);

    /** Adds a name the entity also goes by; analysis reads it as the entity from now on. */
    Decision addAlias(long entityId, String alias, String reason, String user);

    /** Removes a name the entity went by (an alias added here or in the admin console). */
    Decision removeAlias(long entityId, String alias, String reason, String user);

    /** The merges, splits and alias changes about the entity, newest first. */
    List<Decision> history(long entityId);

    /** The reviewed share and measured precision of the machine, per entity type and per event type. */
    List<ReviewFigure> reviewFigures();
}
