package io.storyline.analysis.evaluation;

import io.storyline.analysis.evaluation.metrics.PrfCounts;
import io.storyline.analysis.evaluation.metrics.RelationCounts;

/**
 * One line of a set's table: precision/recall/F1 with their counts (matches, or relations implied by the other
 * side), or a single ratio.
 */
sealed interface Figure {

    /** The JSON key. */
    String key();

    /** The Markdown row label. */
    String label();

    /** Precision, recall and F1, with the counts behind them. */
    record Prf(String key, String label, PrfCounts counts) implements Figure {}

    /** Precision, recall and F1 over temporal relations, with the counts behind them. */
    record Relations(String key, String label, RelationCounts counts) implements Figure {}

    /** A ratio between 0 and 1, such as value accuracy. */
    record Ratio(String key, String label, double value) implements Figure {}
}
