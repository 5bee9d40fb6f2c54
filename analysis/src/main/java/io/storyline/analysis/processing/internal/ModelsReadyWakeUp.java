package io.storyline.analysis.processing.internal;

import io.storyline.analysis.language.LanguageModels;
import io.storyline.domain.document.DocumentRepository;
import io.storyline.domain.document.DocumentStatus;
import io.storyline.platform.messaging.PipelineQueues;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Set;
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
    private static final int BATCH = 500;

    @EJB
    LanguageModels models;

    @Inject
    DocumentRepository documents;

    @Inject
    PipelineQueues queues;

    @Resource
    ManagedExecutorService executor;

    @Resource
    SessionContext context;

    @PostConstruct
    void watch() {
        if (models.state() != LanguageModels.State.LOADING) {
            return;
        }
        ModelsReadyWakeUp self = context.getBusinessObject(ModelsReadyWakeUp.class);
        executor.submit(() -> {
            try {
                models.pipeline(LONGEST_LOAD);
            } catch (LanguageModels.ModelsNotReadyException e) {
                return; // failed or never loaded: LanguageModels says why, documents keep waiting
            }
            self.wakeWaiting();
        });
    }

    /** Queues every document waiting in EXTRACTED. */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void wakeWaiting() {
        long after = 0;
        long queued = 0;
        List<Long> waiting;
        do {
            waiting = documents.idsInStatus(Set.of(DocumentStatus.EXTRACTED), after, BATCH);
            waiting.forEach(queues::announceExtracted);
            queued += waiting.size();
            after = waiting.isEmpty() ? after : waiting.get(waiting.size() - 1);
        } while (waiting.size() == BATCH);
        long total = queued;
        LOG.info(() -> "Language models ready: " + total + " extracted document(s) queued for analysis");
    }
}
