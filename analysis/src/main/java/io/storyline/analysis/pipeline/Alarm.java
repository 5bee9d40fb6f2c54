package io.storyline.analysis.pipeline;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Interrupts the thread that set it when its deadline comes, so that the language pipeline (CoreNLP checks for
 * interruptions as it goes) stops in the middle of a piece of text instead of at its end. Closing it disarms it,
 * and clears the thread's interrupt flag if it rang: the thread goes back to its pool as it came.
 */
final class Alarm implements AutoCloseable {

    private final Thread thread = Thread.currentThread();
    private final Clock clock;
    private final Instant deadline;
    private ScheduledFuture<?> scheduled;
    private boolean armed = true;
    private volatile boolean rang;

    private Alarm(Clock clock, Instant deadline) {
        this.clock = clock;
        this.deadline = deadline;
    }

    /**
     * An alarm for the current thread at {@code deadline}; with no scheduler (or no deadline) it never rings, and
     * {@link #timeUp()} still compares the clock with the deadline.
     */
    static Alarm set(ScheduledExecutorService scheduler, Clock clock, Instant deadline) {
        Alarm alarm = new Alarm(clock, deadline);
        if (scheduler != null && deadline != null) {
            long delay = Math.max(0, Duration.between(clock.instant(), deadline).toMillis());
            alarm.scheduled = scheduler.schedule(alarm::ring, delay, TimeUnit.MILLISECONDS);
        }
        return alarm;
    }

    private synchronized void ring() {
        if (armed) {
            rang = true;
            thread.interrupt();
        }
    }

    /** Whether the deadline has passed. */
    boolean timeUp() {
        return rang || deadline != null && clock.instant().isAfter(deadline);
    }

    @Override
    public void close() {
        synchronized (this) {
            armed = false;
        }
        if (scheduled != null) {
            scheduled.cancel(false);
        }
        if (rang) {
            Thread.interrupted(); // the interruption was ours, and is over
        }
    }
}
