/**
 * The figures the field reports for extraction quality: precision, recall and F1 over matched spans,
 * TempEval-3 time expression scoring, CoNLL exact-span entity scoring and MEANTIME overlap scoring.
 * Pure functions over spans; nothing here reads files or knows the systems.
 */
package io.storyline.analysis.evaluation.metrics;
