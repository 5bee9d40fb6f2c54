package io.storyline.ingestion.pipeline.internal;

import io.storyline.domain.document.Document;
import io.storyline.domain.document.DocumentRepository;
import io.storyline.domain.document.DocumentStatus;
import io.storyline.platform.messaging.PipelineQueues;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** The reads and the re-queueing that {@link PipelineRecovery} needs, each in a short transaction of its own. */
@Stateless
@LocalBean
public class RecoveryQueries {

    @Inject
    DocumentRepository documents;

    @Inject
    PipelineQueues queues;

    public List<Long> claimedBy(String worker) {
        return documents.idsClaimedBy(DocumentStatus.EXTRACTING, worker);
    }

    public List<Long> waiting(long after, int limit) {
        return documents.idsInStatus(Set.of(DocumentStatus.RECEIVED), after, limit);
    }

    public List<Long> claimedBefore(Instant before) {
        return documents.idsClaimedBefore(DocumentStatus.EXTRACTING, before, 1000);
    }

    public int attempts(long id) {
        return documents.find(id).map(Document::attempts).orElse(0);
    }

    public void requeue(long id) {
        queues.requestExtraction(id);
    }
}
