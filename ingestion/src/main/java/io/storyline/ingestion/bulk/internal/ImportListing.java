package io.storyline.ingestion.bulk.internal;

import io.storyline.domain.imports.ImportJob;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The first step of an import: list the source's files as import items, once. */
@Dependent
@Named("importListing")
public class ImportListing extends AbstractBatchlet {

    @Inject
    @BatchProperty(name = "importJobId")
    String importJobId;

    @EJB
    ImportSteps steps;

    @Inject
    @ConfigProperty(name = "storyline.import.max-files", defaultValue = "1000000")
    int maxFiles;

    @Override
    public String process() throws Exception {
        long jobId = Long.parseLong(importJobId);
        ImportJob job = steps.job(jobId);
        if (job.listed()) {
            return "ALREADY_LISTED";
        }
        List<ImportSource.Listed> files;
        try (ImportSource source = ImportSource.open(job.sourceKind(), Path.of(job.sourcePath()))) {
            files = source.list();
        } catch (java.io.IOException | RuntimeException e) {
            steps.fail(jobId, "\"" + job.sourcePath() + "\" could not be read: " + e.getMessage());
            throw e;
        }
        if (files.size() > maxFiles) {
            String why = "\"" + job.sourcePath() + "\" holds " + files.size() + " files; one import takes at most "
                    + maxFiles + " (storyline.import.max-files). Import its folders one by one.";
            steps.fail(jobId, why);
            throw new IllegalStateException(why);
        }
        steps.list(jobId, files);
        return "LISTED";
    }
}
