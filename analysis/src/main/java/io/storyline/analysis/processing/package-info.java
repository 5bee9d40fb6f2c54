/**
 * Analysis as the server runs it, document by document: the workers that take documents off the pipeline's queue,
 * analyse them and store the results with the decisions people made re-applied. Its face,
 * {@link io.storyline.analysis.processing.AnalysisControl}, sends documents through analysis again and says how
 * analysis stands; it sits on top of the module (it uses the pipeline, the knowledge and the language models).
 */
package io.storyline.analysis.processing;
