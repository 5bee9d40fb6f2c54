package io.storyline.ingestion.monitor.internal;

import io.storyline.domain.document.Document;
import io.storyline.domain.document.DocumentRepository;
import io.storyline.domain.document.DocumentStatus;
import io.storyline.domain.document.FailureReason;
import io.storyline.domain.document.Stage;
import io.storyline.ingestion.monitor.FailureGroup;
import io.storyline.ingestion.monitor.IngestionMonitor;
import io.storyline.ingestion.monitor.StageState;
import io.storyline.ingestion.monitor.Throughput;
import io.storyline.ingestion.pipeline.PipelineControl;
import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * {@link IngestionMonitor} over the document rows: one grouping query for the statuses, two counts per stage on the
 * indexed finishing times (V10), one grouping query for the failures and one short query per group for its examples.
 */
@Stateless
@Local(IngestionMonitor.class)
public class IngestionMonitorBean implements IngestionMonitor {

    @Inject
    DocumentRepository documents;

    @EJB
    PipelineControl pipeline;

    @Inject
    Clock clock;

    /** The same keys the workers' activation configs read (ExtractionWorker, AnalysisWorker). */
    @Inject
    @ConfigProperty(name = "storyline.extraction.concurrency", defaultValue = "2")
    int extractionWorkers;

    @Inject
    @ConfigProperty(name = "storyline.analysis.concurrency", defaultValue = "2")
    int analysisWorkers;

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<StageState> stages() {
        Instant now = clock.instant();
        Map<DocumentStatus, Long> counts = documents.countByStatus();
        long received = counts.getOrDefault(DocumentStatus.RECEIVED, 0L);
        long extracting = counts.getOrDefault(DocumentStatus.EXTRACTING, 0L);
        long extracted = counts.getOrDefault(DocumentStatus.EXTRACTED, 0L);
        long analyzing = counts.getOrDefault(DocumentStatus.ANALYZING, 0L);
        StageState extraction = new StageState(Stage.EXTRACTION, received, extracting, received + extracting,
                received == 0 ? null : documents.oldestIn(DocumentStatus.RECEIVED).orElse(null), extractionWorkers,
                throughput(Stage.EXTRACTION, now), now);
        StageState analysis = new StageState(Stage.ANALYSIS, extracted, analyzing,
                received + extracting + extracted + analyzing,
                extracted == 0 ? null : documents.oldestIn(DocumentStatus.EXTRACTED).orElse(null), analysisWorkers,
                throughput(Stage.ANALYSIS, now), now);
        return List.of(extraction, analysis);
    }

    private Throughput throughput(Stage stage, Instant now) {
        return new Throughput(documents.countFinishedSince(stage, now.minus(Duration.ofMinutes(5))),
                documents.countFinishedSince(stage, now.minus(Duration.ofMinutes(60))));
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<FailureGroup> failures(int examples) {
        int shown = Math.max(0, Math.min(examples, MAX_EXAMPLES));
        return documents.failureCounts().stream().limit(MAX_GROUPS)
                .map(c -> new FailureGroup(c.stage(), c.reason(), c.count(), c.newest(), shown == 0 ? List.of()
                        : documents.newestFailures(c.stage(), c.reason(), shown).stream()
                        .map(IngestionMonitorBean::example).toList()))
                .toList();
    }

    private static FailureGroup.Example example(Document d) {
        return new FailureGroup.Example(d.id(), d.displayTitle(), d.failureMessage().orElse(""), d.updatedAt());
    }

    @Override
    public int retryFailures(Stage stage, FailureReason reason, String user) {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(reason, "reason");
        // Read as FAILED in this transaction; failed documents are left alone by the workers, so each retry holds.
        List<Long> ids = documents.failedIds(stage, reason, PipelineControl.MAX_RETRY);
        ids.forEach(id -> pipeline.retry(id, user));
        return ids.size();
    }
}
