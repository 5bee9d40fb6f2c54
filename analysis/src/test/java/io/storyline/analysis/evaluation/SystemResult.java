package io.storyline.analysis.evaluation;

import java.time.Duration;

/**
 * How one system did on one set.
 *
 * @param system the system's name
 * @param score its figures, summed over the set's documents (micro average)
 * @param elapsed wall-clock time for the whole set, all threads together
 * @param errors documents on which the system threw or returned null; they count as predicting nothing
 * @param firstError the first such failure, for the report; null when there was none
 */
public record SystemResult<S>(String system, S score, Duration elapsed, int errors, String firstError) {

    /** Throughput over the set; 0 when nothing was timed. */
    public double tokensPerSecond(long tokens) {
        double seconds = elapsed.toNanos() / 1e9;
        return seconds <= 0 ? 0 : tokens / seconds;
    }
}
