package io.storyline.analysis.processing;

import io.storyline.domain.document.DocumentFilter;

/** Sends documents through analysis again, and says how analysis stands. */
public interface AnalysisControl {

    /** At most this many documents are re-analysed by one request. */
    int MAX_REANALYSIS = 10_000;

    /**
     * Analyses one document again (after rules, aliases or the taxonomy changed); people's decisions are re-applied.
     *
     * @throws io.storyline.analysis.AnalysisProblem when there is no such document, or it has no text yet
     */
    void reanalyze(long documentId, String user);

    /** Analyses again every analysed document the filter matches, at most {@value #MAX_REANALYSIS}; how many. */
    int reanalyzeAll(DocumentFilter filter, String user);

    /** The language models' state: {@code LOADING}, {@code READY} or {@code FAILED}. */
    String modelsState();
}
