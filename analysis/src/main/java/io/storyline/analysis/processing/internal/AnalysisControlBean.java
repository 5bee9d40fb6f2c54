package io.storyline.analysis.processing.internal;

import io.storyline.analysis.AnalysisProblem;
import io.storyline.analysis.knowledge.KnowledgeCache;
import io.storyline.analysis.language.LanguageModels;
import io.storyline.analysis.processing.AnalysisControl;
import io.storyline.domain.document.Document;
import io.storyline.domain.document.DocumentFilter;
import io.storyline.domain.document.DocumentRepository;
import io.storyline.domain.document.DocumentStatus;
import io.storyline.domain.document.HistoryEntry.Step;
import io.storyline.domain.document.HistoryEntry;
import io.storyline.platform.messaging.PipelineQueues;
import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** {@link AnalysisControl}: in the caller's transaction, with the messages to the workers after it commits. */
@Stateless
@Local(AnalysisControl.class)
public class AnalysisControlBean implements AnalysisControl {

    @Inject
    DocumentRepository documents;

    @Inject
    PipelineQueues queues;

    @EJB
    LanguageModels models;

    @EJB
    KnowledgeCache knowledge;

    @Inject
    Clock clock;

    @Override
    public void reanalyze(long documentId, String user) {
        Document document = documents.find(documentId)
                .orElseThrow(() -> AnalysisProblem.notFound("There is no document " + documentId + "."));
        if (!document.canBeReanalyzed() && document.status() != DocumentStatus.ANALYZING) {
            throw AnalysisProblem.conflict("Document " + documentId + " is " + document.status()
                    + (document.failedStage().isPresent() ? " in extraction; retry it instead."
                    : "; it can be analysed again once its text is extracted."));
        }
        knowledge.invalidate();
        reanalyze(document, user, clock.instant());
    }

    @Override
    public int reanalyzeAll(DocumentFilter filter, String user) {
        knowledge.invalidate();
        List<Long> ids = documents.ids(filter, MAX_REANALYSIS);
        Instant now = clock.instant();
        int count = 0;
        for (long id : ids) {
            Document document = documents.find(id).orElse(null);
            if (document != null && (document.canBeReanalyzed() || document.status() == DocumentStatus.ANALYZING)) {
                reanalyze(document, user, now);
                count++;
            }
        }
        return count;
    }

    /**
     * An analysed (or failed) document goes back to EXTRACTED and is queued. One already waiting is left as it is
     * (it will be analysed with today's knowledge anyway); one being analysed now is analysed once more when that
     * analysis completes, because the request is newer than its claim. Neither row is touched, so a worker's claim
     * never collides with the request.
     */
    private void reanalyze(Document document, String user, Instant at) {
        String note = null;
        if (document.status() == DocumentStatus.EXTRACTED) {
            note = "already waiting for analysis";
        } else if (document.status() == DocumentStatus.ANALYZING) {
            note = "analysed again once the analysis under way completes";
        } else {
            document.reanalyze(at);
            queues.announceExtracted(document.id());
        }
        documents.record(new HistoryEntry(document.id(), Step.REANALYSIS_REQUESTED, user, note, at));
    }

    @Override
    public String modelsState() {
        return models.state().name();
    }
}
