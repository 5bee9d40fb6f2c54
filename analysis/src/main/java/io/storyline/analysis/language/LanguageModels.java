package io.storyline.analysis.language;

import io.storyline.analysis.AnalysisSettings;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The language models, loaded once when the application starts (in the background, so the server answers
 * meanwhile) and warmed up on a short text; one pipeline serves every worker thread. About 0.5 GB of heap.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class LanguageModels {

    private static final Logger LOG = Logger.getLogger(LanguageModels.class.getName());
    private static final String WARM_UP = "Secretary of State Antony Blinken met Prime Minister Benjamin Netanyahu in"
            + " Jerusalem on Wednesday, a day after protesters gathered in Tel Aviv. He will return next month.";

    /** Where loading stands. */
    public enum State { LOADING, READY, FAILED }

    @Resource
    ManagedExecutorService executor;

    @Inject
    AnalysisSettings settings;

    private final CompletableFuture<LanguagePipeline> loaded = new CompletableFuture<>();
    private volatile long loadMillis = -1;

    @PostConstruct
    void start() {
        boolean dependencies = settings.dependencies();
        executor.submit(() -> load(dependencies));
    }

    private void load(boolean dependencies) {
        long start = System.nanoTime();
        try {
            LanguagePipeline pipeline = LanguagePipelines.storyline(dependencies);
            pipeline.annotate(WARM_UP, LocalDate.of(2024, 5, 1));
            loadMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            loaded.complete(pipeline);
            LOG.info(() -> "Language models loaded and warmed up in " + loadMillis + " ms"
                    + (dependencies ? " (with the dependency parser)" : " (without the dependency parser)"));
        } catch (RuntimeException | LinkageError e) {
            LOG.log(Level.SEVERE, "The language models could not be loaded; documents wait in EXTRACTED until they"
                    + " are. Check that the server has at least 2 GB of heap and that the EAR holds the models jar.", e);
            loaded.completeExceptionally(e);
        }
    }

    /**
     * The pipeline, waiting up to {@code wait} while it loads.
     *
     * @throws ModelsNotReadyException when it is still loading after {@code wait}, or could not be loaded
     */
    public LanguagePipeline pipeline(Duration wait) {
        try {
            return loaded.get(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new ModelsNotReadyException("the language models are still loading");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ModelsNotReadyException("interrupted while waiting for the language models");
        } catch (ExecutionException e) {
            throw new ModelsNotReadyException("the language models could not be loaded: " + e.getCause());
        }
    }

    public State state() {
        if (!loaded.isDone()) {
            return State.LOADING;
        }
        return loaded.isCompletedExceptionally() ? State.FAILED : State.READY;
    }

    /** How long loading and warming up took, or -1 while loading. */
    public long loadMillis() {
        return loadMillis;
    }

    /** Why loading failed, if it did. */
    public String failure() {
        if (!loaded.isCompletedExceptionally()) {
            return null;
        }
        try {
            loaded.join();
            return null;
        } catch (RuntimeException e) {
            return String.valueOf(e.getCause());
        }
    }

    /** The models cannot be used yet, or at all; passed to the caller as it is (not as a system failure). */
    @jakarta.ejb.ApplicationException(rollback = false)
    public static class ModelsNotReadyException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ModelsNotReadyException(String message) {
            super(message);
        }
    }
}
