/**
 * The analysis module's root: what every feature below shares and none owns.
 * {@link io.storyline.analysis.AnalysisProblem} is the one exception a request to analysis fails with (mapped once, at the web boundary);
 * {@link io.storyline.analysis.AnalysisSettings} holds the module's configuration keys ({@code storyline.analysis.*}).
 * It depends on no feature, so every feature may depend on it.
 */
package io.storyline.analysis;
