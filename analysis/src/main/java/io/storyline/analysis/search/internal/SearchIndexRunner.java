package io.storyline.analysis.search.internal;

import io.storyline.analysis.search.IndexStatus;
import io.storyline.platform.search.SearchRecord;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.hibernate.search.mapper.orm.Search;

/**
 * The long work behind the index's upkeep, off the caller's thread: writing the search records documents lack, and
 * rebuilding the whole index from them (Hibernate Search's mass indexer).
 */
@Stateless
@LocalBean
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SearchIndexRunner {

    private static final Logger LOG = Logger.getLogger(SearchIndexRunner.class.getName());

    @PersistenceUnit(unitName = "storyline")
    EntityManagerFactory units;

    @Inject
    SearchRecordBatch batch;

    @Inject
    SearchIndexJob job;

    /**
     * Writes the records of documents that have none (an archive older than search, or an interrupted run); then, when
     * the index is empty but the database has records (a restored backup, a lost index folder), rebuilds it.
     */
    @Asynchronous
    public void catchUp() {
        try {
            int written = writeMissing();
            if (written > 0) {
                LOG.info(() -> "Search: wrote the search records of " + written + " document(s) that had none");
            }
            IndexStatus status = job.status();
            if (status.documents() == 0 && status.records() > 0) {
                LOG.info(() -> "Search: the index is empty but " + status.records() + " document(s) have search"
                        + " records (a restored backup?); rebuilding it");
                job.start("start-up");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Search: could not write the missing search records; an admin can re-index", e);
        }
    }

    /** Writes missing records, then rebuilds the index from all of them; reports to {@link SearchIndexJob}. */
    @Asynchronous
    public void rebuild() {
        try {
            int written = writeMissing();
            long start = System.nanoTime();
            Search.mapping(units).scope(SearchRecord.class).massIndexer()
                    .threadsToLoadObjects(1).batchSizeToLoadObjects(100).transactionTimeout(3600)
                    .startAndWait();
            batch.mappingBuilt(SearchRecord.MAPPING_VERSION);
            long records = batch.count();
            job.finished(String.format(java.util.Locale.ROOT, "re-indexed %d document(s) in %.1f s%s", records,
                    (System.nanoTime() - start) / 1e9,
                    written > 0 ? "; wrote " + written + " missing search record(s) first" : ""));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            job.finished("re-index interrupted (the server is stopping?); start it again");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Search: re-index failed", e);
            job.finished("re-index failed: " + e.getMessage());
        }
    }

    private int writeMissing() {
        int written = 0;
        long after = 0;
        while (true) {
            List<Long> ids = batch.missing(after);
            if (ids.isEmpty()) {
                return written;
            }
            batch.write(ids);
            written += ids.size();
            after = ids.get(ids.size() - 1);
        }
    }
}
