package io.storyline.domain.document;

import io.storyline.domain.common.Page;
import io.storyline.domain.common.PageRequest;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/** The documents of the archive, their texts, sightings and history. Callers bring the transaction. */
public interface DocumentRepository {

    Document save(Document document);

    Optional<Document> find(long id);

    /** The document with its date candidates loaded, for showing it whole. */
    Optional<Document> findWhole(long id);

    Optional<Document> findBySha256(String sha256);

    /** Newest first. */
    default Page<Document> list(DocumentFilter filter, PageRequest page) {
        return list(filter, DocumentSort.UPLOADED_NEWEST, page);
    }

    /** One page in the order asked for, and how many match in all: one count and one page query. */
    Page<Document> list(DocumentFilter filter, DocumentSort sort, PageRequest page);

    /** One page in the order asked for, without counting. */
    List<Document> page(DocumentFilter filter, DocumentSort sort, PageRequest page);

    /** How many documents the filter matches. */
    long count(DocumentFilter filter);

    /** Which of these ids are documents. */
    java.util.Set<Long> existing(Collection<Long> ids);

    /** The media types in use, sorted. */
    List<String> mediaTypes();

    /** The languages in use, sorted. */
    List<String> languages();

    /**
     * Documents per day, over the {@code days} latest days that have any (oldest first): the publication day, or
     * the upload day (UTC) of a document without one. One grouping query.
     */
    List<DayCount> countByDay(int days);

    /** The ids of every document the filter matches, oldest first, at most {@code limit}. */
    List<Long> ids(DocumentFilter filter, int limit);

    /** How many documents are in each status; statuses without documents are left out. */
    Map<DocumentStatus, Long> countByStatus();

    /** Documents in these statuses with an id above {@code afterId}, by id, at most {@code limit}. */
    List<Long> idsInStatus(Collection<DocumentStatus> statuses, long afterId, int limit);

    /** Documents in this status claimed by this worker. */
    List<Long> idsClaimedBy(DocumentStatus status, String worker);

    /** Documents claimed by a worker before {@code before} and not finished since. */
    List<Long> idsClaimedBefore(DocumentStatus status, Instant before, int limit);

    /** Documents in {@code status} that have not changed since {@code before}, the longest waiting first. */
    List<Long> idsUnchangedSince(DocumentStatus status, Instant before, int limit);

    long countChildren(long parentId);

    void saveText(DocumentText text);

    Optional<String> text(long documentId);

    /** The length of a document's text in characters, without reading it; empty when it has none. */
    OptionalInt textLength(long documentId);

    void saveSighting(Sighting sighting);

    List<Sighting> sightings(long documentId);

    Optional<Sighting> sightingOfImportItem(long importItemId);

    void record(HistoryEntry entry);

    /** Oldest first. */
    List<HistoryEntry> history(long documentId);

    // --- The ingestion monitor's read-only figures (one grouping or counting query each).

    /**
     * The failed documents grouped by the stage they failed in and their reason, largest group first. A document
     * failed before stages were recorded counts as failed in extraction.
     */
    List<FailureCount> failureCounts();

    /** The failed documents of one stage and reason, the latest failure first, at most {@code limit}. */
    List<Document> newestFailures(Stage stage, FailureReason reason, int limit);

    /** The failed documents of one stage and reason, by id, at most {@code limit}. */
    List<Long> failedIds(Stage stage, FailureReason reason, int limit);

    /** How many documents finished a stage (extracted or analysed) at or after {@code since}, whatever they are now. */
    long countFinishedSince(Stage stage, Instant since);

    /** When the document that has waited longest in {@code status} came into it; empty when none is. */
    Optional<Instant> oldestIn(DocumentStatus status);
}
