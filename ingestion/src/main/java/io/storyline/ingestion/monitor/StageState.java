package io.storyline.ingestion.monitor;

import io.storyline.domain.document.Stage;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One stage of the pipeline as the monitor sees it.
 *
 * @param stage         extraction or analysis
 * @param waiting       documents waiting for the stage ({@code RECEIVED}, {@code EXTRACTED})
 * @param inProgress    documents a worker has now ({@code EXTRACTING}, {@code ANALYZING})
 * @param backlog       documents that still have to go through the stage: for analysis, those not yet extracted too
 * @param oldestWaiting since when the document that has waited longest waits; {@code null} when none waits
 * @param workers       how many workers the stage runs at most at once (its concurrency setting)
 * @param throughput    documents that finished the stage lately
 * @param at            when these figures were read
 */
public record StageState(Stage stage, long waiting, long inProgress, long backlog, Instant oldestWaiting, int workers,
                         Throughput throughput, Instant at) {

    public StageState {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(throughput, "throughput");
        Objects.requireNonNull(at, "at");
    }

    /** How long the longest-waiting document has waited; empty when none waits. */
    public Optional<Duration> oldestWaitingAge() {
        if (oldestWaiting == null) {
            return Optional.empty();
        }
        Duration age = Duration.between(oldestWaiting, at);
        return Optional.of(age.isNegative() ? Duration.ZERO : age);
    }

    /** The backlog at the recent rate; empty (unknown) when documents wait and nothing finished lately. */
    public Optional<Duration> timeLeft() {
        return throughput.timeLeft(backlog);
    }
}
