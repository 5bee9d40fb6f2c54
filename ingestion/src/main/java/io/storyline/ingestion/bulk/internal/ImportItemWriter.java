package io.storyline.ingestion.bulk.internal;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Records the outcomes of a chunk and the job's counts, in the chunk's transaction (with the checkpoint). */
@Dependent
@Named("importItemWriter")
public class ImportItemWriter extends AbstractItemWriter {

    @Inject
    @BatchProperty(name = "importJobId")
    String importJobId;

    @EJB
    ImportSteps steps;

    @Override
    public void writeItems(List<Object> items) {
        steps.record(Long.parseLong(importJobId), items.stream().map(ItemOutcome.class::cast).toList());
    }
}
