package io.storyline.platform.messaging;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.Semaphore;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How many documents the pipeline's workers handle at once: {@code storyline.extraction.concurrency} and
 * {@code storyline.analysis.concurrency} (default 2 each, one per core of a small server). WildFly also reads them in
 * the workers' {@code maxSession}, but no Jakarta EE rule makes a server honour that, so every worker takes a permit
 * here before it starts: the bound holds on any server, and a message beyond it waits in the queue or in a worker.
 */
@ApplicationScoped
public class WorkerLimits {

    @Inject
    @ConfigProperty(name = "storyline.extraction.concurrency", defaultValue = "2")
    int extractionConcurrency;

    @Inject
    @ConfigProperty(name = "storyline.analysis.concurrency", defaultValue = "2")
    int analysisConcurrency;

    private Semaphore extraction;
    private Semaphore analysis;

    @PostConstruct
    void init() {
        extraction = new Semaphore(Math.max(1, extractionConcurrency), true);
        analysis = new Semaphore(Math.max(1, analysisConcurrency), true);
    }

    /** Runs {@code work} as one of the extraction workers allowed at once, waiting for a turn. */
    public void extract(Runnable work) {
        within(extraction, work);
    }

    /** Runs {@code work} as one of the analysis workers allowed at once, waiting for a turn. */
    public void analyse(Runnable work) {
        within(analysis, work);
    }

    private static void within(Semaphore permits, Runnable work) {
        try {
            permits.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a worker's turn", e);
        }
        try {
            work.run();
        } finally {
            permits.release();
        }
    }
}
