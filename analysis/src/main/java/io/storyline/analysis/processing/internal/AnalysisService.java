package io.storyline.analysis.processing.internal;

import io.storyline.analysis.AnalysisSettings;
import io.storyline.analysis.language.LanguageModels;
import io.storyline.analysis.language.LanguagePipeline;
import io.storyline.analysis.pipeline.AnalysisTimeoutException;
import io.storyline.analysis.pipeline.Analyzers;
import io.storyline.analysis.pipeline.DocumentAnalysis;
import io.storyline.domain.document.FailureReason;
import io.storyline.domain.document.MediaTypes;
import io.storyline.platform.messaging.RetryBackoff;
import io.storyline.platform.messaging.WorkerIdentity;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Analyses one document: claim it, run the language pipeline and the rules outside any transaction (minutes for
 * a long text must not hold a database transaction), then store the results. A document the models cannot read
 * (another language, an archive's list of files) is finished with a note. The time limit interrupts the analysis
 * where it is; a document that ran out of time fails at once with TIMEOUT (trying it again would take as long),
 * other failures are retried, then recorded with their reason. Long documents take turns ({@link LongDocuments}).
 */
@Stateless
@LocalBean
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AnalysisService {

    private static final Logger LOG = Logger.getLogger(AnalysisService.class.getName());
    private static final Duration MODELS_WAIT = Duration.ofSeconds(5);
    private static final Duration MODELS_RETRY = Duration.ofSeconds(15);
    private static final Duration LONG_DOCUMENT_RETRY = Duration.ofSeconds(30);

    @EJB
    AnalysisSteps steps;

    @EJB
    LanguageModels models;

    @Inject
    Analyzers analyzers;

    @Inject
    AnalysisSettings settings;

    @Inject
    LongDocuments longDocuments;

    /** Interrupts an analysis at its time limit. */
    @Resource
    ManagedScheduledExecutorService alarms;

    @Inject
    Clock clock;

    public void process(long documentId) {
        int length = Math.min(steps.waitingTextLength(documentId).orElse(0), settings.maxChars());
        boolean isLong = length > settings.longDocumentChars();
        if (isLong && !longDocuments.tryTake()) {
            steps.defer(documentId, "waits its turn: another long document (over " + settings.longDocumentChars()
                    + " characters, storyline.analysis.long-document-chars) is being analysed on this server; asked"
                    + " again in " + LONG_DOCUMENT_RETRY.toSeconds() + " s", LONG_DOCUMENT_RETRY);
            return;
        }
        try {
            analyse(documentId);
        } finally {
            if (isLong) {
                longDocuments.giveBack();
            }
        }
    }

    private void analyse(long documentId) {
        Optional<AnalysisJob> claimed = steps.claim(documentId, WorkerIdentity.name());
        if (claimed.isEmpty()) {
            return; // taken by another worker, or no longer waiting: a duplicate message
        }
        AnalysisJob job = claimed.get();
        if (MediaTypes.isArchive(job.mediaType())) {
            steps.skip(job.id(), "an archive; its files are analysed one by one");
            return;
        }
        if (!settings.reads(job.language())) {
            steps.skip(job.id(), "the language is " + job.language() + " and the models read "
                    + String.join(", ", settings.languages()) + "; set the language by hand and re-analyse if it is"
                    + " wrong");
            return;
        }
        if (job.text().isBlank()) {
            steps.skip(job.id(), "the document has no text");
            return;
        }
        LanguagePipeline pipeline;
        try {
            pipeline = models.pipeline(MODELS_WAIT);
        } catch (LanguageModels.ModelsNotReadyException e) {
            steps.release(job.id(), e.getMessage() + "; waiting for them", MODELS_RETRY);
            return;
        }
        String text = job.text();
        String remark = null;
        if (text.length() > settings.maxChars()) {
            text = text.substring(0, settings.maxChars());
            remark = "only the first " + settings.maxChars() + " of " + job.text().length() + " characters analysed"
                    + " (storyline.analysis.max-chars)";
        }
        try {
            DocumentAnalysis analysis = analyzers.analyzer(pipeline).analyze(text, job.reference(), job.source(),
                    clock.instant().plus(settings.timeout()), alarms);
            steps.complete(job.id(), analysis, job.reference(), job.source(), remark);
        } catch (AnalysisTimeoutException e) {
            LOG.warning(() -> "Analysis of document " + job.id() + " stopped at its time limit: " + e.getMessage());
            steps.fail(job.id(), FailureReason.TIMEOUT, "Analysis stopped at its time limit of "
                    + settings.timeout().toSeconds() + " s (storyline.analysis.timeout-seconds), after "
                    + String.format(Locale.ROOT, "%,d of %,d", e.done(), e.length()) + " characters. It is not tried"
                    + " again by itself: raise storyline.analysis.timeout-seconds, or lower"
                    + " storyline.analysis.max-chars to analyse only the beginning of long texts; then an archivist"
                    + " can retry it.");
        } catch (RuntimeException e) {
            handle(job, e);
        }
    }

    private void handle(AnalysisJob job, RuntimeException e) {
        Throwable cause = e instanceof EJBException && e.getCause() != null ? e.getCause() : e;
        if (job.attempts() < settings.maxAttempts()) {
            LOG.log(Level.WARNING, "Analysis of document " + job.id() + " failed on attempt " + job.attempts()
                    + "; trying again", e);
            steps.release(job.id(), "attempt " + job.attempts() + " failed (" + cause.getClass().getSimpleName()
                    + "); tried again", RetryBackoff.after(job.attempts()));
        } else {
            LOG.log(Level.SEVERE, "Analysis of document " + job.id() + " failed", e);
            steps.fail(job.id(), FailureReason.INTERNAL, "Analysis failed " + job.attempts() + " times, last with "
                    + cause.getClass().getSimpleName() + ": " + cause.getMessage() + ". The server log has the"
                    + " details; an archivist can retry it.");
        }
    }
}
