/**
 * The evaluation command ({@code mvn -pl analysis -am verify -Pevaluation}): puts the measured systems of
 * {@code evaluation.systems} into the engine of {@code evaluation} and runs it over the gold sets. It is the one
 * place that knows both, so neither depends on the other's caller; it lives in the test sources, out of the EAR.
 */
package io.storyline.analysis.evaluation.command;
