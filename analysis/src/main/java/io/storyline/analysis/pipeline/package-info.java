/**
 * The analysis of one document, start to end: the language pipeline over the text (in chunks, so a long text
 * cannot exhaust the heap, under a time limit that interrupts it), its entities, time expressions and events.
 * {@link io.storyline.analysis.pipeline.DocumentAnalyzer} is plain Java, the same in the server and in the
 * evaluation command (in the test sources); {@link io.storyline.analysis.pipeline.Analyzers} keeps the server's one,
 * built on the current knowledge. The workers that run it on the pipeline's queue and store its results are in
 * {@code io.storyline.analysis.processing}.
 */
package io.storyline.analysis.pipeline;
