package io.storyline.domain.document.jpa;

import io.storyline.domain.common.Page;
import io.storyline.domain.common.PageRequest;
import io.storyline.domain.document.DayCount;
import io.storyline.domain.document.Document;
import io.storyline.domain.document.DocumentFilter;
import io.storyline.domain.document.DocumentRepository;
import io.storyline.domain.document.DocumentSort;
import io.storyline.domain.document.DocumentStatus;
import io.storyline.domain.document.DocumentText;
import io.storyline.domain.document.FailureCount;
import io.storyline.domain.document.FailureReason;
import io.storyline.domain.document.HistoryEntry;
import io.storyline.domain.document.Sighting;
import io.storyline.domain.document.Stage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/** {@link DocumentRepository} on JPA. */
@ApplicationScoped
public class JpaDocumentRepository implements DocumentRepository {

    @PersistenceContext(unitName = "storyline")
    EntityManager em;

    @Override
    public Document save(Document document) {
        if (document.id() == null) {
            em.persist(document);
            return document;
        }
        return em.merge(document);
    }

    @Override
    public Optional<Document> find(long id) {
        return Optional.ofNullable(em.find(Document.class, id));
    }

    @Override
    public Optional<Document> findWhole(long id) {
        return em.createQuery("select d from Document d left join fetch d.dates.candidates where d.id = :id",
                        Document.class)
                .setParameter("id", id)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<Document> findBySha256(String sha256) {
        return em.createQuery("select d from Document d where d.sha256 = :sha", Document.class)
                .setParameter("sha", sha256.toLowerCase(Locale.ROOT))
                .getResultStream()
                .findFirst();
    }

    @Override
    public Page<Document> list(DocumentFilter filter, DocumentSort sort, PageRequest page) {
        return new Page<>(page(filter, sort, page), count(filter));
    }

    @Override
    public List<Document> page(DocumentFilter filter, DocumentSort sort, PageRequest page) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Document> select = cb.createQuery(Document.class);
        Root<Document> root = select.from(Document.class);
        select.where(DocumentCriteria.predicates(cb, select, root, filter)).orderBy(DocumentCriteria.order(cb, root, sort));
        return em.createQuery(select)
                .setFirstResult(page.offset())
                .setMaxResults(page.size())
                .getResultList();
    }

    @Override
    public long count(DocumentFilter filter) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<Document> root = count.from(Document.class);
        count.select(cb.count(root)).where(DocumentCriteria.predicates(cb, count, root, filter));
        return em.createQuery(count).getSingleResult();
    }

    @Override
    public Set<Long> existing(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(em.createQuery("select d.id from Document d where d.id in :ids", Long.class)
                .setParameter("ids", ids).getResultList());
    }

    @Override
    public List<String> mediaTypes() {
        return em.createQuery("select distinct d.mediaType from Document d where d.mediaType is not null"
                + " order by d.mediaType", String.class).getResultList();
    }

    @Override
    public List<String> languages() {
        return em.createQuery("select distinct d.description.language from Document d"
                + " where d.description.language is not null order by d.description.language", String.class)
                .getResultList();
    }

    @Override
    public List<DayCount> countByDay(int days) {
        List<DayCount> counts = new ArrayList<>(em.createQuery("select coalesce(d.dates.chosen.day,"
                        + " cast(d.provenance.uploadedAt as LocalDate)), count(d.dates.chosen.day),"
                        + " count(d) - count(d.dates.chosen.day) from Document d"
                        + " group by coalesce(d.dates.chosen.day, cast(d.provenance.uploadedAt as LocalDate))"
                        + " order by coalesce(d.dates.chosen.day, cast(d.provenance.uploadedAt as LocalDate)) desc",
                        Object[].class)
                .setMaxResults(days)
                .getResultList().stream()
                .map(row -> new DayCount((LocalDate) row[0], ((Number) row[1]).longValue(), ((Number) row[2]).longValue()))
                .toList());
        Collections.reverse(counts);
        return counts;
    }

    @Override
    public List<Long> ids(DocumentFilter filter, int limit) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> select = cb.createQuery(Long.class);
        Root<Document> root = select.from(Document.class);
        select.select(root.get("id")).where(DocumentCriteria.predicates(cb, select, root, filter))
                .orderBy(cb.asc(root.get("id")));
        return em.createQuery(select).setMaxResults(limit).getResultList();
    }

    @Override
    public Map<DocumentStatus, Long> countByStatus() {
        Map<DocumentStatus, Long> counts = new EnumMap<>(DocumentStatus.class);
        em.createQuery("select d.processing.status, count(d) from Document d group by d.processing.status",
                        Object[].class)
                .getResultList()
                .forEach(row -> counts.put((DocumentStatus) row[0], (Long) row[1]));
        return counts;
    }

    @Override
    public List<Long> idsInStatus(Collection<DocumentStatus> statuses, long afterId, int limit) {
        return em.createQuery("select d.id from Document d where d.processing.status in :statuses and d.id > :after"
                        + " order by d.id", Long.class)
                .setParameter("statuses", statuses)
                .setParameter("after", afterId)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<Long> idsClaimedBy(DocumentStatus status, String worker) {
        return em.createQuery("select d.id from Document d where d.processing.status = :status"
                        + " and d.processing.claimedBy = :worker", Long.class)
                .setParameter("status", status)
                .setParameter("worker", worker)
                .getResultList();
    }

    @Override
    public List<Long> idsClaimedBefore(DocumentStatus status, Instant before, int limit) {
        return em.createQuery("select d.id from Document d where d.processing.status = :status"
                        + " and d.processing.claimedAt < :before order by d.processing.claimedAt", Long.class)
                .setParameter("status", status)
                .setParameter("before", before)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<Long> idsUnchangedSince(DocumentStatus status, Instant before, int limit) {
        return em.createQuery("select d.id from Document d where d.processing.status = :status"
                        + " and d.updatedAt < :before"
                        + " order by d.updatedAt", Long.class)
                .setParameter("status", status)
                .setParameter("before", before)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public long countChildren(long parentId) {
        return em.createQuery("select count(d) from Document d where d.provenance.parentId = :parent", Long.class)
                .setParameter("parent", parentId)
                .getSingleResult();
    }

    @Override
    public void saveText(DocumentText text) {
        // Replaced by a query, so an earlier text (a large object) is never loaded only to be overwritten.
        int replaced = em.createQuery("update DocumentText t set t.content = :content where t.documentId = :id")
                .setParameter("content", text.content())
                .setParameter("id", text.documentId())
                .executeUpdate();
        if (replaced == 0) {
            em.persist(text);
        }
    }

    @Override
    public Optional<String> text(long documentId) {
        return em.createQuery("select t.content from DocumentText t where t.documentId = :id", String.class)
                .setParameter("id", documentId)
                .getResultStream()
                .findFirst();
    }

    @Override
    public OptionalInt textLength(long documentId) {
        return em.createQuery("select length(t.content) from DocumentText t where t.documentId = :id", Integer.class)
                .setParameter("id", documentId)
                .getResultStream()
                .findFirst()
                .map(OptionalInt::of)
                .orElse(OptionalInt.empty());
    }

    @Override
    public void saveSighting(Sighting sighting) {
        em.persist(sighting);
    }

    @Override
    public List<Sighting> sightings(long documentId) {
        return em.createQuery("select s from Sighting s where s.documentId = :id order by s.seenAt, s.id", Sighting.class)
                .setParameter("id", documentId)
                .getResultList();
    }

    @Override
    public Optional<Sighting> sightingOfImportItem(long importItemId) {
        return em.createQuery("select s from Sighting s where s.importItemId = :item", Sighting.class)
                .setParameter("item", importItemId)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    @Override
    public void record(HistoryEntry entry) {
        em.persist(entry);
    }

    @Override
    public List<HistoryEntry> history(long documentId) {
        return em.createQuery("select h from HistoryEntry h where h.documentId = :id order by h.at, h.id",
                        HistoryEntry.class)
                .setParameter("id", documentId)
                .getResultList();
    }

    @Override
    public List<FailureCount> failureCounts() {
        // A failure recorded before stages were (failed_stage NULL) was an extraction failure: merged into its group.
        Map<Stage, Map<FailureReason, FailureCount>> groups = new EnumMap<>(Stage.class);
        em.createQuery("select d.processing.failure.stage, d.processing.failure.reason, count(d), max(d.updatedAt)"
                        + " from Document d where d.processing.status = :failed"
                        + " group by d.processing.failure.stage, d.processing.failure.reason", Object[].class)
                .setParameter("failed", DocumentStatus.FAILED)
                .getResultList()
                .forEach(row -> {
                    Stage stage = row[0] == null ? Stage.EXTRACTION : (Stage) row[0];
                    FailureReason reason = row[1] == null ? FailureReason.INTERNAL : (FailureReason) row[1];
                    FailureCount found = new FailureCount(stage, reason, (Long) row[2], (Instant) row[3]);
                    groups.computeIfAbsent(stage, s -> new EnumMap<>(FailureReason.class)).merge(reason, found,
                            (a, b) -> new FailureCount(stage, reason, a.count() + b.count(),
                                    a.newest().isAfter(b.newest()) ? a.newest() : b.newest()));
                });
        return groups.values().stream().flatMap(m -> m.values().stream())
                .sorted(Comparator.comparingLong(FailureCount::count).reversed()
                        .thenComparing(FailureCount::stage).thenComparing(FailureCount::reason))
                .toList();
    }

    @Override
    public List<Document> newestFailures(Stage stage, FailureReason reason, int limit) {
        return em.createQuery("select d from Document d where d.processing.status = :failed"
                        + " and d.processing.failure.reason = :reason"
                        + " and " + stageCondition(stage) + " order by d.updatedAt desc, d.id desc", Document.class)
                .setParameter("failed", DocumentStatus.FAILED)
                .setParameter("reason", reason)
                .setParameter("stage", stage)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<Long> failedIds(Stage stage, FailureReason reason, int limit) {
        return em.createQuery("select d.id from Document d where d.processing.status = :failed"
                        + " and d.processing.failure.reason = :reason"
                        + " and " + stageCondition(stage) + " order by d.id", Long.class)
                .setParameter("failed", DocumentStatus.FAILED)
                .setParameter("reason", reason)
                .setParameter("stage", stage)
                .setMaxResults(limit)
                .getResultList();
    }

    private static String stageCondition(Stage stage) {
        return stage == Stage.EXTRACTION
                ? "(d.processing.failure.stage = :stage or d.processing.failure.stage is null)"
                : "d.processing.failure.stage = :stage";
    }

    @Override
    public long countFinishedSince(Stage stage, Instant since) {
        String column = stage == Stage.EXTRACTION ? "extractedAt" : "analyzedAt";
        return em.createQuery("select count(d) from Document d where d.processing." + column + " >= :since", Long.class)
                .setParameter("since", since)
                .getSingleResult();
    }

    @Override
    public Optional<Instant> oldestIn(DocumentStatus status) {
        return Optional.ofNullable(em.createQuery("select min(d.updatedAt) from Document d"
                        + " where d.processing.status = :status", Instant.class)
                .setParameter("status", status)
                .getSingleResult());
    }
}
