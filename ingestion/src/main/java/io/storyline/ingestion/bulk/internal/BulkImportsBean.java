package io.storyline.ingestion.bulk.internal;

import io.storyline.domain.common.Page;
import io.storyline.domain.common.PageRequest;
import io.storyline.domain.imports.ImportItem;
import io.storyline.domain.imports.ImportJob;
import io.storyline.domain.imports.ImportRepository;
import io.storyline.ingestion.bulk.BulkImports;
import io.storyline.ingestion.bulk.ImportNotFoundException;
import io.storyline.ingestion.bulk.ImportRejectedException;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.logging.Logger;

/** {@link BulkImports} on the batch runtime: one batch execution per run of an import. */
@Stateless
@Local(BulkImports.class)
public class BulkImportsBean implements BulkImports {

    private static final Logger LOG = Logger.getLogger(BulkImportsBean.class.getName());

    @Inject
    ImportRepository imports;

    @Inject
    ImportSources sources;

    @EJB
    ImportSteps steps;

    @Inject
    Clock clock;

    @Override
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public ImportJob start(String source, String publisher, String user) {
        Path real = sources.resolve(source);
        ImportJob job = steps.create(ImportSources.kindOf(real), real.toString(), publisher, user);
        steps.launch(job.id());
        LOG.info(() -> "Import " + job.id() + " of " + real + " started by " + user);
        return steps.job(job.id());
    }

    @Override
    public List<ImportJob> list() {
        return imports.list(200);
    }

    @Override
    public ImportJob get(long id) {
        return imports.find(id).orElseThrow(() -> new ImportNotFoundException(id));
    }

    @Override
    public Page<ImportItem> items(long id, ImportItem.Status status, PageRequest page) {
        get(id);
        return imports.items(id, status, page);
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public ImportJob stop(long id, String user) {
        ImportJob job = steps.job(id);
        if (!job.status().active()) {
            throw new ImportRejectedException("Import " + id + " is " + job.status() + "; only a running import can be stopped.");
        }
        job.executionId().ifPresent(execution -> {
            try {
                operator().stop(execution);
            } catch (NoSuchJobExecutionException | jakarta.batch.operations.JobExecutionNotRunningException e) {
                // the run is gone already (a restart): the row alone says it is stopped
            }
        });
        finishStopped(id);
        LOG.info(() -> "Import " + id + " stopped by " + user);
        return steps.job(id);
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public ImportJob resume(long id, String user) {
        ImportJob job = steps.job(id);
        if (job.status() == ImportJob.Status.COMPLETED) {
            throw new ImportRejectedException("Import " + id + " is complete; there is nothing to resume.");
        }
        if (job.status().active() && running(job)) {
            throw new ImportRejectedException("Import " + id + " is running already.");
        }
        steps.launch(id);
        LOG.info(() -> "Import " + id + " resumed by " + user);
        return steps.job(id);
    }

    @Override
    public List<String> roots() {
        return sources.roots().stream().map(Path::toString).toList();
    }

    /** Marks the import stopped; a chunk may be writing its counts at the same moment, so try again then. */
    private void finishStopped(long id) {
        for (int attempt = 1; ; attempt++) {
            try {
                steps.finish(id, BatchStatus.STOPPED.name(), null);
                return;
            } catch (jakarta.ejb.EJBException e) {
                if (attempt == 5) {
                    throw e;
                }
            }
        }
    }

    private boolean running(ImportJob job) {
        return job.executionId().map(execution -> {
            try {
                BatchStatus status = operator().getJobExecution(execution).getBatchStatus();
                return status == BatchStatus.STARTED || status == BatchStatus.STARTING || status == BatchStatus.STOPPING;
            } catch (NoSuchJobExecutionException e) {
                return false;
            }
        }).orElse(false);
    }

    private static JobOperator operator() {
        return BatchRuntime.getJobOperator();
    }
}
