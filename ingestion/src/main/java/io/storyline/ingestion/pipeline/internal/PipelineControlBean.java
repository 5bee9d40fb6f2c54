package io.storyline.ingestion.pipeline.internal;

import io.storyline.domain.document.Document;
import io.storyline.domain.document.DocumentFilter;
import io.storyline.domain.document.DocumentRepository;
import io.storyline.domain.document.DocumentStatus;
import io.storyline.domain.document.HistoryEntry.Step;
import io.storyline.domain.document.HistoryEntry;
import io.storyline.ingestion.catalog.DocumentNotFoundException;
import io.storyline.ingestion.pipeline.NotRetryableException;
import io.storyline.ingestion.pipeline.PipelineControl;
import io.storyline.platform.messaging.PipelineQueues;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** {@link PipelineControl}: retries happen in the caller's transaction, with the message to the workers. */
@Stateless
@Local(PipelineControl.class)
public class PipelineControlBean implements PipelineControl {

    @Inject
    DocumentRepository documents;

    @Inject
    PipelineQueues queues;

    @Inject
    Clock clock;

    @Override
    public void retry(long documentId, String user) {
        Document document = documents.find(documentId).orElseThrow(() -> new DocumentNotFoundException(documentId));
        retry(document, user, clock.instant());
    }

    @Override
    public int retryAll(DocumentFilter filter, String user) {
        List<Long> ids = documents.ids(filter.withStatus(DocumentStatus.FAILED), MAX_RETRY);
        Instant now = clock.instant();
        for (long id : ids) {
            documents.find(id).ifPresent(d -> retry(d, user, now));
        }
        return ids.size();
    }

    @Override
    public int reextractAll(DocumentFilter filter, String user) {
        List<Long> ids = documents.ids(filter, MAX_RETRY);
        Instant now = clock.instant();
        int count = 0;
        for (long id : ids) {
            Document document = documents.find(id).orElse(null);
            if (document != null && (document.status().isFinal() || document.status() == DocumentStatus.EXTRACTED)) {
                document.reextract(now);
                documents.record(new HistoryEntry(id, Step.REEXTRACTION_REQUESTED, user, null, now));
                queues.requestExtraction(id);
                count++;
            }
        }
        return count;
    }

    private void retry(Document document, String user, Instant at) {
        if (document.status() != DocumentStatus.FAILED) {
            throw new NotRetryableException("Document " + document.id() + " is " + document.status()
                    + "; only a failed document can be retried.");
        }
        String previous = document.failureReason().map(Enum::name).orElse("?");
        document.retry(at);
        documents.record(new HistoryEntry(document.id(), Step.RETRY_REQUESTED, user, "after " + previous, at));
        if (document.status() == DocumentStatus.EXTRACTED) {
            queues.announceExtracted(document.id()); // only its analysis had failed: the text stays
        } else {
            queues.requestExtraction(document.id());
        }
    }
}
