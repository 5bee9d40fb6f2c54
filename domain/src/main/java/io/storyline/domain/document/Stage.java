package io.storyline.domain.document;

/** The two stages of the pipeline, for saying where a document failed. */
public enum Stage {
    EXTRACTION,
    ANALYSIS
}
