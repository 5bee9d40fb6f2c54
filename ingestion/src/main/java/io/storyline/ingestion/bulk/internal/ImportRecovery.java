package io.storyline.ingestion.bulk.internal;

import io.storyline.domain.imports.ImportJob;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.EnumSet;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/** At start-up, imports that were running when the server stopped go on where they were. */
@Singleton
@Startup
@DependsOn("SchemaStartup")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ImportRecovery {

    private static final Logger LOG = Logger.getLogger(ImportRecovery.class.getName());

    @EJB
    ImportSteps steps;

    @PostConstruct
    void resumeInterrupted() {
        List<ImportJob> interrupted = steps.active();
        for (ImportJob job : interrupted) {
            try {
                steps.launch(job.id());
                LOG.info(() -> "Import " + job.id() + " resumed after the server restarted (" + job.done() + " of "
                        + job.total() + " files done)");
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "Import " + job.id() + " could not be resumed", e);
            }
        }
    }

    static EnumSet<ImportJob.Status> activeStatuses() {
        return EnumSet.of(ImportJob.Status.QUEUED, ImportJob.Status.LISTING, ImportJob.Status.RUNNING);
    }
}
