/**
 * {@link io.storyline.analysis.progress.PipelineProgress} implemented by one grouped count over the documents'
 * statuses, read in the caller's request.
 */
package io.storyline.analysis.progress.internal;
