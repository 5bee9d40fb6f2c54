package io.storyline.analysis.processing.internal;

import io.storyline.analysis.AnalysisProblem;
import io.storyline.analysis.processing.AnalysisControl;
import io.storyline.domain.document.Document;
import io.storyline.domain.document.DocumentFilter;
import io.storyline.domain.document.DocumentRepository;
import io.storyline.domain.document.HistoryEntry;
import io.storyline.domain.document.HistoryEntry.Step;
import io.storyline.domain.pipeline.PipelineQueues;
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
        if (!document.canBeReanalyzed()) {
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
            if (document != null && document.canBeReanalyzed()) {
                reanalyze(document, user, now);
                count++;
            }
        }
        return count;
    }

    private void reanalyze(Document document, String user, Instant at) {
        document.reanalyze(at);
        documents.record(new HistoryEntry(document.id(), Step.REANALYSIS_REQUESTED, user, null, at));
        queues.announceExtracted(document.id());
    }

    @Override
    public String modelsState() {
        return models.state().name();
    }
}
