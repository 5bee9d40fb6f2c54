package io.storyline.ingestion.bulk.internal;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Marks the start and the end of each run of an import on its row. */
@Dependent
@Named("importJobListener")
public class ImportJobListener extends AbstractJobListener {

    @Inject
    @BatchProperty(name = "importJobId")
    String importJobId;

    @Inject
    JobContext context;

    @EJB
    ImportSteps steps;

    @Override
    public void beforeJob() {
        steps.beginRun(Long.parseLong(importJobId), context.getExecutionId());
    }

    @Override
    public void afterJob() {
        steps.finish(Long.parseLong(importJobId), String.valueOf(context.getBatchStatus()), context.getExitStatus());
    }
}
