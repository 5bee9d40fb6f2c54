package io.storyline.domain.imports;

import io.storyline.domain.common.Page;
import io.storyline.domain.common.PageRequest;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Import jobs and their items. Callers bring the transaction. */
public interface ImportRepository {

    ImportJob save(ImportJob job);

    Optional<ImportJob> find(long jobId);

    /** Newest first. */
    List<ImportJob> list(int limit);

    List<ImportJob> inStatus(Collection<ImportJob.Status> statuses);

    void addItems(List<ImportItem> items);

    Optional<ImportItem> item(long itemId);

    /** Pending items of the job with an id above {@code afterId}, by id, at most {@code limit}. */
    List<ImportItem> pending(long jobId, long afterId, int limit);

    /** Items of the job, of one status or any ({@code null}), by id. */
    Page<ImportItem> items(long jobId, ImportItem.Status status, PageRequest page);
}
