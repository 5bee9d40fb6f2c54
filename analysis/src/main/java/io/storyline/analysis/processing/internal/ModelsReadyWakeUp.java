package io.storyline.analysis.processing.internal;

import io.storyline.analysis.language.LanguageModels;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.time.Duration;
import java.util.logging.Logger;

/**
 * A document that arrives while the language models load is given back to wait for them
 * ({@link AnalysisService}); the moment they are ready, every document waiting in EXTRACTED is queued again, so it
 * is analysed then and not when its retry comes round. (A document queued twice costs one look at its row.)
 */
@Singleton
@Startup
public class ModelsReadyWakeUp {

    private static final Logger LOG = Logger.getLogger(ModelsReadyWakeUp.class.getName());
    private static final Duration LONGEST_LOAD = Duration.ofMinutes(30);

    @EJB
    LanguageModels models;

    @EJB
    AnalysisRecovery recovery;

    @Resource
    ManagedExecutorService executor;

    @PostConstruct
    void watch() {
        if (models.state() != LanguageModels.State.LOADING) {
            return;
        }
        executor.submit(() -> {
            try {
                models.pipeline(LONGEST_LOAD);
            } catch (LanguageModels.ModelsNotReadyException e) {
                return; // failed or never loaded: LanguageModels says why, documents keep waiting
            }
            long queued = recovery.queueWaiting();
            LOG.info(() -> "Language models ready: " + queued + " extracted document(s) queued for analysis");
        });
    }
}
