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

    /** The decisions about an entity as a whole (merges, splits, aliases), newest first, at most {@code limit}. */
    List<Decision> aboutEntity(long entityId, int limit);

    /** Every active decision about a span of a document, in a few fields, for measuring the machine's precision. */
    List<SpanVerdict> activeSpanVerdicts();

    /**
     * An active decision about a mention or an event, reduced to what precision needs.
     *
     * @param subjectType the machine's type when the person decided, or null for decisions recorded before that
     *                    was kept
     */
    record SpanVerdict(DecisionKind kind, long documentId, int begin, int end, String subjectType) {
    }

    /** Every decision about one document, superseded ones too, newest first. */
    List<Decision> historyOf(long documentId);
}
