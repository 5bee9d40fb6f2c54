package io.storyline.analysis.pipeline;

/** Analysis of a document ran past its time limit. */
public class AnalysisTimeoutException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AnalysisTimeoutException(int done, int length) {
        super("analysis ran out of time after " + done + " of " + length + " characters");
    }
}
