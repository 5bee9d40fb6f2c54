package io.storyline.analysis.pipeline;

/** Analysis of a document ran past its time limit. */
public class AnalysisTimeoutException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int done;
    private final int length;

    public AnalysisTimeoutException(int done, int length) {
        super("analysis ran out of time after " + done + " of " + length + " characters");
        this.done = done;
        this.length = length;
    }

    /** The characters read before the time ran out (those of the pieces finished). */
    public int done() {
        return done;
    }

    /** The characters there were to read. */
    public int length() {
        return length;
    }
}
