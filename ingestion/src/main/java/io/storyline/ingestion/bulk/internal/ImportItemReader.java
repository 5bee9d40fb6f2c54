package io.storyline.ingestion.bulk.internal;

import io.storyline.domain.imports.ImportItem;
import io.storyline.domain.imports.ImportJob;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Reads the pending items of an import by id. The checkpoint is the last id read; pending items are those
 * without an outcome, so a restart after a crash goes on with exactly the files not yet taken in.
 */
@Dependent
@Named("importItemReader")
public class ImportItemReader extends AbstractItemReader {

    private static final int FETCH = 100;

    @Inject
    @BatchProperty(name = "importJobId")
    String importJobId;

    @EJB
    ImportSteps steps;

    private long jobId;
    private long lastId;
    private ImportSource source;
    private final Deque<ImportItem> buffer = new ArrayDeque<>();

    @Override
    public void open(Serializable checkpoint) throws Exception {
        jobId = Long.parseLong(importJobId);
        lastId = checkpoint instanceof Long last ? last : 0L;
        ImportJob job = steps.job(jobId);
        source = ImportSource.open(job.sourceKind(), Path.of(job.sourcePath()));
    }

    @Override
    public Object readItem() {
        if (buffer.isEmpty()) {
            buffer.addAll(steps.pending(jobId, lastId, FETCH));
        }
        ImportItem item = buffer.poll();
        if (item == null) {
            return null;
        }
        lastId = item.id();
        return new PendingFile(item.id(), item.path(), source);
    }

    @Override
    public Serializable checkpointInfo() {
        return lastId;
    }

    @Override
    public void close() throws Exception {
        if (source != null) {
            source.close();
        }
    }
}
