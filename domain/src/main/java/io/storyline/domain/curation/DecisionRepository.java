package io.storyline.domain.curation;

import java.util.List;

/** The decisions people made. Callers bring the transaction. */
public interface DecisionRepository {

    /** Saves a decision and supersedes the active ones about the same thing. */
    Decision record(Decision decision);

    /** The active decisions about one document, oldest first. */
    List<Decision> activeFor(long documentId);

    /** The active decisions that hold everywhere ({@link DecisionKind#NEVER_ENTITY}). */
    List<Decision> activeEverywhere();

    /** Every decision about one document, superseded ones too, newest first. */
    List<Decision> historyOf(long documentId);
}
