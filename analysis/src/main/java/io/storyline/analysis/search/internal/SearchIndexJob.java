package io.storyline.analysis.search.internal;

import io.storyline.analysis.AnalysisProblem;
import io.storyline.analysis.search.IndexStatus;
import io.storyline.platform.search.SearchRecord;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.search.mapper.orm.Search;

/**
 * Whether a re-index runs, who started it and how it ended. At start-up it rebuilds the whole index in the background
 * when the index was built with another mapping ({@link SearchRecord#MAPPING_VERSION}: fields or analysers changed);
 * otherwise it has the documents that have no search record yet (an archive from before search) written in the
 * background, and an empty index beside records rebuilt ({@link SearchIndexRunner#catchUp}). Searches work meanwhile, on
 * what is indexed so far. (The schema is migrated before: the ingestion module starts first.)
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class SearchIndexJob {

    private static final Logger LOG = Logger.getLogger(SearchIndexJob.class.getName());

    @PersistenceContext(unitName = "storyline")
    EntityManager em;

    @Inject
    SearchIndexRunner runner;

    @Inject
    SearchRecordBatch batch;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "storyline.search.backend", defaultValue = "lucene")
    String backend;

    private volatile boolean running;
    private volatile String startedBy;
    private volatile Instant startedAt;
    private volatile Instant finishedAt;
    private volatile String lastMessage;

    /** The user a rebuild that Storyline starts by itself is recorded under. */
    static final String SYSTEM = "start-up";

    /** What start-up does to the index. */
    enum OnStart { MARK_BUILT, REBUILD_MAPPING_CHANGED, CATCH_UP }

    /**
     * @param built   the mapping version the index was last built with (0: never)
     * @param records search records in the database
     * @param indexed documents in the index
     */
    static OnStart onStart(int built, long records, long indexed) {
        if (built != SearchRecord.MAPPING_VERSION) {
            return records == 0 && indexed == 0 ? OnStart.MARK_BUILT : OnStart.REBUILD_MAPPING_CHANGED;
        }
        return OnStart.CATCH_UP; // which rebuilds an empty index beside records (a restored backup, a lost folder)
    }

    @PostConstruct
    void catchUp() {
        int built = batch.builtMappingVersion();
        long records = batch.count();
        switch (onStart(built, records, indexed())) {
            case MARK_BUILT -> {
                batch.mappingBuilt(SearchRecord.MAPPING_VERSION); // a new archive: nothing to rebuild
                runner.catchUp();
            }
            case REBUILD_MAPPING_CHANGED -> {
                LOG.info(() -> "Search: the index was built with mapping version " + built + ", this is version "
                        + SearchRecord.MAPPING_VERSION + "; rebuilding it from " + records + " search record(s)");
                start(SYSTEM);
            }
            case CATCH_UP -> runner.catchUp();
        }
    }

    private long indexed() {
        return Search.session(em).search(SearchRecord.class).where(f -> f.matchAll()).fetchTotalHitCount();
    }

    /** Starts a rebuild unless one runs; CONFLICT when it does. */
    public synchronized IndexStatus start(String user) {
        if (running) {
            throw AnalysisProblem.conflict("a re-index started by " + startedBy + " at " + startedAt
                    + " is still running");
        }
        running = true;
        startedBy = user;
        startedAt = clock.instant();
        finishedAt = null;
        lastMessage = "running";
        LOG.info(() -> "Search: re-index started by " + user);
        runner.rebuild();
        return status();
    }

    /** Called by {@link SearchIndexRunner} when a rebuild ends, with what it did or why it failed. */
    public void finished(String message) {
        LOG.info(() -> "Search: " + message);
        lastMessage = message;
        finishedAt = clock.instant();
        running = false;
    }

    public IndexStatus status() {
        return new IndexStatus(backend, indexed(), batch.count(), running, startedBy, startedAt, finishedAt,
                lastMessage);
    }
}
