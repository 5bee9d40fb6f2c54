package io.storyline.ingestion.pipeline.internal;

import io.storyline.domain.document.FailureReason;
import io.storyline.platform.messaging.WorkerIdentity;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

/**
 * Nothing a crash interrupts is lost: at start-up, documents this node had claimed are given back, and every
 * document still waiting is put on the queue again (messages may have been lost with the broker's journal).
 * Every minute, claims older than the extraction time limit (a worker that died) are freed or, after the last
 * attempt, failed with TIMEOUT.
 */
@Singleton
@Startup
@DependsOn("SchemaStartup")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PipelineRecovery {

    private static final Logger LOG = Logger.getLogger(PipelineRecovery.class.getName());
    private static final int BATCH = 500;
    private static final Duration GRACE = Duration.ofMinutes(2);

    @EJB
    DocumentSteps steps;

    @EJB
    RecoveryQueries queries;

    @Inject
    PipelineSettings settings;

    @Inject
    Clock clock;

    @PostConstruct
    void resume() {
        List<Long> mine = queries.claimedBy(WorkerIdentity.name());
        mine.forEach(id -> steps.release(id, "resumed after the server restarted", Duration.ZERO));
        long requeued = 0;
        long after = 0;
        List<Long> waiting;
        do {
            waiting = queries.waiting(after, BATCH);
            waiting.forEach(queries::requeue);
            requeued += waiting.size();
            after = waiting.isEmpty() ? after : waiting.get(waiting.size() - 1);
        } while (waiting.size() == BATCH);
        long total = requeued;
        LOG.info(() -> "Pipeline resumed: " + mine.size() + " interrupted extraction(s) given back, " + total
                + " waiting document(s) queued");
    }

    @Schedule(hour = "*", minute = "*", second = "30", persistent = false)
    void sweep() {
        Instant before = clock.instant().minus(settings.timeout()).minus(GRACE);
        for (long id : queries.claimedBefore(before)) {
            int attempts = queries.attempts(id);
            if (attempts >= settings.maxAttempts()) {
                steps.fail(id, FailureReason.TIMEOUT, "Extraction did not finish in " + attempts + " attempts: the"
                        + " worker stopped answering each time. An archivist can retry it.");
            } else {
                steps.release(id, "the worker stopped answering; tried again", Duration.ZERO);
            }
        }
    }
}
