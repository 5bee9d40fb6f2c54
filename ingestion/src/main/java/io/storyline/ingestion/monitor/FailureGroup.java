package io.storyline.ingestion.monitor;

import io.storyline.domain.document.FailureReason;
import io.storyline.domain.document.Stage;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The documents failed at one stage for one reason.
 *
 * @param stage    where they failed
 * @param reason   why
 * @param count    how many are failed now
 * @param newest   when the latest of them failed
 * @param examples the latest failures, newest first (a few)
 */
public record FailureGroup(Stage stage, FailureReason reason, long count, Instant newest, List<Example> examples) {

    public FailureGroup {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(reason, "reason");
        examples = List.copyOf(examples);
    }

    /** Whether analysing again makes sense: only a failed analysis has a text to analyse. */
    public boolean reanalysable() {
        return stage == Stage.ANALYSIS;
    }

    /**
     * One failed document of the group.
     *
     * @param documentId its id
     * @param title      its title, or its filename without one
     * @param message    why it failed, in words for a person
     * @param failedAt   when it failed
     */
    public record Example(long documentId, String title, String message, Instant failedAt) {
    }
}
