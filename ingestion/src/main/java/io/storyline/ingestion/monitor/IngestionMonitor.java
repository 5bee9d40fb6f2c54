package io.storyline.ingestion.monitor;

import io.storyline.domain.document.FailureReason;
import io.storyline.domain.document.Stage;
import java.util.List;

/** The ingestion monitor's figures, and a retry of one group of failures. */
public interface IngestionMonitor {

    /** At most this many example documents are shown per failure group. */
    int MAX_EXAMPLES = 10;

    /** At most this many failure groups are answered (there are at most stages x reasons). */
    int MAX_GROUPS = 50;

    /** Extraction and analysis now: queues, oldest waiting, workers, throughput over 5 and 60 minutes. */
    List<StageState> stages();

    /**
     * The failed documents grouped by stage and reason, largest group first, each with its {@code examples}
     * latest failures (at most {@value #MAX_EXAMPLES}).
     */
    List<FailureGroup> failures(int examples);

    /**
     * Sends every document failed at {@code stage} for {@code reason} through the pipeline again, at most
     * {@link io.storyline.ingestion.pipeline.PipelineControl#MAX_RETRY}, in one transaction; each gets its history
     * entry.
     *
     * @return how many documents were queued again
     */
    int retryFailures(Stage stage, FailureReason reason, String user);
}
