package io.storyline.domain.time;

import java.util.List;

/** The time expressions of documents. Callers bring the transaction. */
public interface TimeExpressionRepository {

    void save(TimeExpression expression);

    /** In text order. */
    List<TimeExpression> ofDocument(long documentId);

    void deleteOfDocument(long documentId);
}
