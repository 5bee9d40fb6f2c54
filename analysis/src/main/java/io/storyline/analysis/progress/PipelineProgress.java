package io.storyline.analysis.progress;

/** Counts of documents by pipeline stage. */
public interface PipelineProgress {

    ProgressSnapshot snapshot();
}
