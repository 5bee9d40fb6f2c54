package io.storyline.analysis.evaluation;

import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Runs one system over a set's documents on a fixed number of threads and times it. A system that fails
 * on a document costs that document, not the run: the failure is counted and the document scored as
 * predicting nothing.
 */
final class DocumentPool implements AutoCloseable {

    /**
     * The outcome of one system over one set.
     *
     * @param predictions one per document, in document order; null where the system failed
     * @param elapsed wall-clock time from the first document given to the last one returned
     * @param errors documents the system failed on
     * @param firstError a description of the first failure in document order, or null
     */
    record Batch<P>(List<P> predictions, Duration elapsed, int errors, String firstError) {}

    /** A prediction or the reason there is none. */
    private record Outcome<P>(P prediction, String error) {}

    private final ExecutorService executor;

    DocumentPool(int threads) {
        AtomicInteger count = new AtomicInteger();
        this.executor = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "evaluation-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    <D, P> Batch<P> run(List<D> documents, Function<D, P> system) throws InterruptedIOException {
        long start = System.nanoTime();
        List<Future<Outcome<P>>> futures = new ArrayList<>(documents.size());
        for (D document : documents) {
            futures.add(executor.submit(() -> attempt(system, document)));
        }
        List<P> predictions = new ArrayList<>(documents.size());
        int errors = 0;
        String firstError = null;
        for (int i = 0; i < futures.size(); i++) {
            Outcome<P> outcome = await(futures.get(i));
            predictions.add(outcome.prediction());
            if (outcome.error() != null) {
                errors++;
                firstError = firstError == null ? "document " + (i + 1) + ": " + outcome.error() : firstError;
            }
        }
        return new Batch<>(predictions, Duration.ofNanos(System.nanoTime() - start), errors, firstError);
    }

    /** The one place a system's failure is caught: the boundary between the runner and code it does not own. */
    private static <D, P> Outcome<P> attempt(Function<D, P> system, D document) {
        try {
            P prediction = system.apply(document);
            return prediction == null ? new Outcome<>(null, "returned null") : new Outcome<>(prediction, null);
        } catch (RuntimeException e) {
            return new Outcome<>(null, e.toString());
        }
    }

    private static <P> Outcome<P> await(Future<Outcome<P>> future) throws InterruptedIOException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("evaluation interrupted");
        } catch (ExecutionException e) {
            // Only an Error (out of memory, say) gets here; RuntimeExceptions are outcomes.
            throw new IllegalStateException("a system failed beyond recovery", e.getCause());
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
