/**
 * The evaluation command's engine: the interfaces extraction systems implement to be measured, and
 * {@link io.storyline.analysis.evaluation.EvaluationRunner}, which runs them over the gold sets in
 * {@code ../shared/eval}, scores them the way the field does and writes predictions and a report.
 * Formats live in {@code formats}, the scoring in {@code metrics}.
 */
package io.storyline.analysis.evaluation;
