package io.storyline.domain.document.jpa;

import io.storyline.domain.common.Like;
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
import io.storyline.domain.tag.DocumentTag;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
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
        return em.createQuery("select d from Document d left join fetch d.dateCandidates where d.id = :id", Document.class)
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
        select.where(predicates(cb, select, root, filter)).orderBy(order(cb, root, sort));
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
        count.select(cb.count(root)).where(predicates(cb, count, root, filter));
        return em.createQuery(count).getSingleResult();
    }

    private static List<Order> order(CriteriaBuilder cb, Root<Document> root, DocumentSort sort) {
        Path<Object> id = root.get("id");
        Path<Object> published = root.get("publicationDate").get("day");
        return switch (sort == null ? DocumentSort.UPLOADED_NEWEST : sort) {
            case UPLOADED_NEWEST -> List.of(cb.desc(root.get("uploadedAt")), cb.desc(id));
            case UPLOADED_OLDEST -> List.of(cb.asc(root.get("uploadedAt")), cb.asc(id));
            // Descending puts NULL last in H2 already; ascending needs telling.
            case PUBLISHED_NEWEST -> List.of(cb.desc(published), cb.desc(id));
            case PUBLISHED_OLDEST -> List.of(cb.asc(cb.selectCase().when(cb.isNull(published), 1).otherwise(0)),
                    cb.asc(published), cb.asc(id));
            case TITLE -> List.of(cb.asc(cb.lower(cb.coalesce(root.get("description").<String>get("title"),
                    root.<String>get("filename")))), cb.asc(id));
        };
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
        List<DayCount> counts = new ArrayList<>(em.createQuery("select coalesce(d.publicationDate.day,"
                        + " cast(d.uploadedAt as LocalDate)), count(d.publicationDate.day),"
                        + " count(d) - count(d.publicationDate.day) from Document d"
                        + " group by coalesce(d.publicationDate.day, cast(d.uploadedAt as LocalDate))"
                        + " order by coalesce(d.publicationDate.day, cast(d.uploadedAt as LocalDate)) desc",
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
        select.select(root.get("id")).where(predicates(cb, select, root, filter)).orderBy(cb.asc(root.get("id")));
        return em.createQuery(select).setMaxResults(limit).getResultList();
    }

    private static Predicate[] predicates(CriteriaBuilder cb, AbstractQuery<?> query, Root<Document> root,
                                         DocumentFilter filter) {
        List<Predicate> where = new ArrayList<>();
        equal(cb, where, root.get("mediaType"), filter.mediaType());
        equal(cb, where, root.get("description").get("language"), filter.language());
        equal(cb, where, root.get("description").get("publisher"), filter.publisher());
        equal(cb, where, root.get("uploadedBy"), filter.uploadedBy());
        if (filter.tag() != null) {
            // EXISTS on (document_id, name), the unique key: one index probe per candidate row.
            Subquery<Integer> tagged = query.subquery(Integer.class);
            Root<DocumentTag> tag = tagged.from(DocumentTag.class);
            tagged.select(cb.literal(1)).where(cb.equal(tag.get("documentId"), root.get("id")),
                    cb.equal(tag.get("name"), filter.tag()));
            where.add(cb.exists(tagged));
        }
        Path<LocalDate> published = root.get("publicationDate").get("day");
        if (filter.publishedFrom() != null) {
            where.add(cb.greaterThanOrEqualTo(published, filter.publishedFrom()));
        }
        if (filter.publishedTo() != null) {
            where.add(cb.lessThanOrEqualTo(published, filter.publishedTo()));
        }
        if (filter.status() != null) {
            where.add(cb.equal(root.get("status"), filter.status()));
        }
        if (filter.failureReason() != null) {
            where.add(cb.equal(root.get("failureReason"), filter.failureReason()));
        }
        if (filter.parentId() != null) {
            where.add(cb.equal(root.get("parentId"), filter.parentId()));
        }
        if (filter.needsDateReview() != null) {
            where.add(filter.needsDateReview() ? cb.isNotNull(root.get("dateFlags")) : cb.isNull(root.get("dateFlags")));
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            String like = Like.contains(filter.text().strip().toLowerCase(Locale.ROOT));
            where.add(cb.or(
                    cb.like(cb.lower(root.get("filename")), like, Like.ESCAPE),
                    cb.like(cb.lower(root.get("description").get("title")), like, Like.ESCAPE)));
        }
        return where.toArray(Predicate[]::new);
    }

    private static void equal(CriteriaBuilder cb, List<Predicate> where, Path<Object> path, String value) {
        if (value != null) {
            where.add(cb.equal(path, value));
        }
    }

    @Override
    public Map<DocumentStatus, Long> countByStatus() {
        Map<DocumentStatus, Long> counts = new EnumMap<>(DocumentStatus.class);
        em.createQuery("select d.status, count(d) from Document d group by d.status", Object[].class)
                .getResultList()
                .forEach(row -> counts.put((DocumentStatus) row[0], (Long) row[1]));
        return counts;
    }

    @Override
    public List<Long> idsInStatus(Collection<DocumentStatus> statuses, long afterId, int limit) {
        return em.createQuery("select d.id from Document d where d.status in :statuses and d.id > :after order by d.id",
                        Long.class)
                .setParameter("statuses", statuses)
                .setParameter("after", afterId)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<Long> idsClaimedBy(DocumentStatus status, String worker) {
        return em.createQuery("select d.id from Document d where d.status = :status and d.claimedBy = :worker", Long.class)
                .setParameter("status", status)
                .setParameter("worker", worker)
                .getResultList();
    }

    @Override
    public List<Long> idsClaimedBefore(DocumentStatus status, Instant before, int limit) {
        return em.createQuery("select d.id from Document d where d.status = :status and d.claimedAt < :before"
                        + " order by d.claimedAt", Long.class)
                .setParameter("status", status)
                .setParameter("before", before)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<Long> idsUnchangedSince(DocumentStatus status, Instant before, int limit) {
        return em.createQuery("select d.id from Document d where d.status = :status and d.updatedAt < :before"
                        + " order by d.updatedAt", Long.class)
                .setParameter("status", status)
                .setParameter("before", before)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public long countChildren(long parentId) {
        return em.createQuery("select count(d) from Document d where d.parentId = :parent", Long.class)
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
        em.createQuery("select d.failedStage, d.failureReason, count(d), max(d.updatedAt) from Document d"
                        + " where d.status = :failed group by d.failedStage, d.failureReason", Object[].class)
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
        return em.createQuery("select d from Document d where d.status = :failed and d.failureReason = :reason"
                        + " and " + stageCondition(stage) + " order by d.updatedAt desc, d.id desc", Document.class)
                .setParameter("failed", DocumentStatus.FAILED)
                .setParameter("reason", reason)
                .setParameter("stage", stage)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<Long> failedIds(Stage stage, FailureReason reason, int limit) {
        return em.createQuery("select d.id from Document d where d.status = :failed and d.failureReason = :reason"
                        + " and " + stageCondition(stage) + " order by d.id", Long.class)
                .setParameter("failed", DocumentStatus.FAILED)
                .setParameter("reason", reason)
                .setParameter("stage", stage)
                .setMaxResults(limit)
                .getResultList();
    }

    private static String stageCondition(Stage stage) {
        return stage == Stage.EXTRACTION ? "(d.failedStage = :stage or d.failedStage is null)" : "d.failedStage = :stage";
    }

    @Override
    public long countFinishedSince(Stage stage, Instant since) {
        String column = stage == Stage.EXTRACTION ? "extractedAt" : "analyzedAt";
        return em.createQuery("select count(d) from Document d where d." + column + " >= :since", Long.class)
                .setParameter("since", since)
                .getSingleResult();
    }

    @Override
    public Optional<Instant> oldestIn(DocumentStatus status) {
        return Optional.ofNullable(em.createQuery("select min(d.updatedAt) from Document d where d.status = :status",
                        Instant.class)
                .setParameter("status", status)
                .getSingleResult());
    }
}
