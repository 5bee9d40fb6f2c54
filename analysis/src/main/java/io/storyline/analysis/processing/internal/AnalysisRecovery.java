package io.storyline.analysis.processing.internal;

import io.storyline.analysis.AnalysisSettings;
import io.storyline.domain.document.DocumentRepository;
import io.storyline.domain.document.DocumentStatus;
import io.storyline.domain.document.FailureReason;
import io.storyline.platform.messaging.PipelineQueues;
import io.storyline.platform.messaging.WorkerIdentity;
import jakarta.annotation.PostConstruct;
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
import java.util.Set;
import java.util.logging.Logger;

/**
 * Nothing a crash interrupts is lost: at start-up, documents this node was analysing are given back and every
 * extracted document is queued again; every minute, analysis claims older than the time limit (a worker that
 * died) are freed or, after the last attempt, failed with TIMEOUT; every 15 s, when no worker is busy,
 * documents waiting untouched in EXTRACTED for more than 20 s are queued again (a duplicate wake-up costs one look
 * at the row).
 */
@Singleton
@Startup
public class AnalysisRecovery {

    private static final Logger LOG = Logger.getLogger(AnalysisRecovery.class.getName());
    private static final int BATCH = 500;
    private static final Duration GRACE = Duration.ofMinutes(2);
    private static final Duration IDLE = Duration.ofSeconds(20);

    @EJB
    AnalysisSteps steps;

    @Inject
    DocumentRepository documents;

    @Inject
    PipelineQueues queues;

    @Inject
    AnalysisSettings settings;

    @Inject
    Clock clock;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    void resume() {
        List<Long> mine = documents.idsClaimedBy(DocumentStatus.ANALYZING, WorkerIdentity.name());
        mine.forEach(id -> steps.release(id, "resumed after the server restarted", Duration.ZERO));
        long total = queueWaiting();
        LOG.info(() -> "Analysis resumed: " + mine.size() + " interrupted analysis(es) given back, " + total
                + " extracted document(s) queued");
    }

    /** Queues every document waiting in EXTRACTED, in batches; says how many. */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public long queueWaiting() {
        long queued = 0;
        long after = 0;
        List<Long> waiting;
        do {
            waiting = documents.idsInStatus(Set.of(DocumentStatus.EXTRACTED), after, BATCH);
            waiting.forEach(queues::announceExtracted);
            queued += waiting.size();
            after = waiting.isEmpty() ? after : waiting.get(waiting.size() - 1);
        } while (waiting.size() == BATCH);
        return queued;
    }

    /**
     * A wake-up lost on the way (the row is the truth): when no worker is busy yet documents have waited untouched
     * for a while, they are queued again. While workers are busy, a backlog is just a backlog.
     */
    @Schedule(hour = "*", minute = "*", second = "*/15", persistent = false)
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    void wakeForgotten() {
        if (!documents.idsInStatus(Set.of(DocumentStatus.ANALYZING), 0, 1).isEmpty()) {
            return;
        }
        List<Long> forgotten = documents.idsUnchangedSince(DocumentStatus.EXTRACTED, clock.instant().minus(IDLE), 200);
        if (!forgotten.isEmpty()) {
            LOG.fine(() -> "Queued again for analysis, waiting untouched: " + forgotten);
            forgotten.forEach(queues::announceExtracted);
        }
    }

    @Schedule(hour = "*", minute = "*", second = "45", persistent = false)
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    void sweep() {
        Instant before = clock.instant().minus(settings.timeout()).minus(GRACE);
        for (long id : documents.idsClaimedBefore(DocumentStatus.ANALYZING, before, 1000)) {
            int attempts = documents.find(id).map(d -> d.analysisAttempts()).orElse(0);
            if (attempts >= settings.maxAttempts()) {
                steps.fail(id, FailureReason.TIMEOUT, "Analysis did not finish in " + attempts + " attempts: the"
                        + " worker stopped answering each time. An archivist can retry it.");
            } else {
                steps.release(id, "the worker stopped answering; tried again", Duration.ZERO);
            }
        }
    }
}
