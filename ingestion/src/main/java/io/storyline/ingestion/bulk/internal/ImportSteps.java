package io.storyline.ingestion.bulk.internal;

import io.storyline.domain.imports.ImportItem;
import io.storyline.domain.imports.ImportJob;
import io.storyline.domain.imports.ImportRepository;
import io.storyline.ingestion.bulk.ImportNotFoundException;
import jakarta.annotation.Resource;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.LocalBean;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Properties;

/** The database side of an import, for the batch artifacts; each change commits on its own or with the chunk. */
@Stateless
@LocalBean
public class ImportSteps {

    static final String JOB = "storyline-import";
    private static final int LIST_BATCH = 1000;

    @Inject
    ImportRepository imports;

    @Inject
    Clock clock;

    @Resource
    SessionContext context;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public ImportJob create(ImportJob.SourceKind kind, String path, String publisher, String user) {
        return imports.save(new ImportJob(kind, path, publisher, user, clock.instant()));
    }

    public ImportJob job(long jobId) {
        return imports.find(jobId).orElseThrow(() -> new ImportNotFoundException(jobId));
    }

    /** A run begins as batch execution {@code executionId}. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public ImportJob beginRun(long jobId, long executionId) {
        ImportJob job = job(jobId);
        job.runsAs(executionId);
        job.beginRun(clock.instant());
        return job;
    }

    /** Records the items in batches of their own, then marks the job as listed. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void list(long jobId, List<ImportSource.Listed> files) {
        ImportSteps self = context.getBusinessObject(ImportSteps.class);
        for (int from = 0; from < files.size(); from += LIST_BATCH) {
            self.addItems(jobId, files.subList(from, Math.min(files.size(), from + LIST_BATCH)));
        }
        self.listed(jobId, files.size());
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void addItems(long jobId, List<ImportSource.Listed> files) {
        imports.addItems(files.stream().map(f -> new ImportItem(jobId, f.path(), f.size())).toList());
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void listed(long jobId, long count) {
        job(jobId).listedItems(count);
    }

    public List<ImportJob> active() {
        return imports.inStatus(ImportRecovery.activeStatuses());
    }

    public List<ImportItem> pending(long jobId, long afterId, int limit) {
        return imports.pending(jobId, afterId, limit);
    }

    /** Records the outcomes of a chunk, in the chunk's transaction. */
    public void record(long jobId, List<ItemOutcome> outcomes) {
        ImportJob job = job(jobId);
        Instant now = clock.instant();
        for (ItemOutcome outcome : outcomes) {
            ImportItem item = imports.item(outcome.itemId()).orElseThrow();
            if (item.status() != ImportItem.Status.PENDING) {
                continue;
            }
            switch (outcome.status()) {
                case IMPORTED -> {
                    item.imported(outcome.documentId(), now);
                    job.itemImported();
                }
                case DUPLICATE -> {
                    item.duplicate(outcome.documentId(), now);
                    job.itemDuplicate();
                }
                default -> {
                    item.failed(outcome.message(), now);
                    job.itemFailed();
                }
            }
        }
    }

    /** Starts a new batch execution for the import (after a restart the old one is gone with the server). */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void launch(long importId) {
        Properties parameters = new Properties();
        parameters.setProperty("importJobId", Long.toString(importId));
        BatchRuntime.getJobOperator().start(JOB, parameters);
    }

    /** The run ended: completed when every item has an outcome, else stopped or failed as the runtime says. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void finish(long jobId, String batchStatus, String problem) {
        ImportJob job = job(jobId);
        Instant now = clock.instant();
        // Judged by the items, not the status: some servers (Payara) still report STARTED to the job's listener.
        if ("STOPPED".equals(batchStatus) || "STOPPING".equals(batchStatus)) {
            job.stop(now);
        } else if (!"FAILED".equals(batchStatus) && job.listed() && job.done() >= job.total()) {
            job.complete(now);
        } else if (job.status().active()) {
            job.fail(problem == null ? "The import stopped with status " + batchStatus + "." : problem, now);
        }
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void fail(long jobId, String why) {
        job(jobId).fail(why, clock.instant());
    }
}
