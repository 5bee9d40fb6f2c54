package io.storyline.domain.document.jpa;

import io.storyline.domain.common.Like;
import io.storyline.domain.document.Document;
import io.storyline.domain.document.DocumentFilter;
import io.storyline.domain.document.DocumentSort;
import io.storyline.domain.tag.DocumentTag;
import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The archive list's filter and sort orders as Criteria, shared by its page, its count and its id lists. */
final class DocumentCriteria {

    private DocumentCriteria() {
    }

    static Predicate[] predicates(CriteriaBuilder cb, AbstractQuery<?> query, Root<Document> root,
                                         DocumentFilter filter) {
        List<Predicate> where = new ArrayList<>();
        equal(cb, where, root.get("mediaType"), filter.mediaType());
        equal(cb, where, root.get("description").get("language"), filter.language());
        equal(cb, where, root.get("description").get("publisher"), filter.publisher());
        equal(cb, where, root.get("provenance").get("uploadedBy"), filter.uploadedBy());
        if (filter.tag() != null) {
            // EXISTS on (document_id, name), the unique key: one index probe per candidate row.
            Subquery<Integer> tagged = query.subquery(Integer.class);
            Root<DocumentTag> tag = tagged.from(DocumentTag.class);
            tagged.select(cb.literal(1)).where(cb.equal(tag.get("documentId"), root.get("id")),
                    cb.equal(tag.get("name"), filter.tag()));
            where.add(cb.exists(tagged));
        }
        Path<LocalDate> published = root.get("dates").get("chosen").get("day");
        if (filter.publishedFrom() != null) {
            where.add(cb.greaterThanOrEqualTo(published, filter.publishedFrom()));
        }
        if (filter.publishedTo() != null) {
            where.add(cb.lessThanOrEqualTo(published, filter.publishedTo()));
        }
        if (filter.status() != null) {
            where.add(cb.equal(root.get("processing").get("status"), filter.status()));
        }
        if (filter.failureReason() != null) {
            where.add(cb.equal(root.get("processing").get("failure").get("reason"), filter.failureReason()));
        }
        if (filter.parentId() != null) {
            where.add(cb.equal(root.get("provenance").get("parentId"), filter.parentId()));
        }
        if (filter.needsDateReview() != null) {
            Path<Object> flags = root.get("dates").get("flags");
            where.add(filter.needsDateReview() ? cb.isNotNull(flags) : cb.isNull(flags));
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

    static List<Order> order(CriteriaBuilder cb, Root<Document> root, DocumentSort sort) {
        Path<Object> id = root.get("id");
        Path<Object> published = root.get("dates").get("chosen").get("day");
        return switch (sort == null ? DocumentSort.UPLOADED_NEWEST : sort) {
            case UPLOADED_NEWEST -> List.of(cb.desc(root.get("provenance").get("uploadedAt")), cb.desc(id));
            case UPLOADED_OLDEST -> List.of(cb.asc(root.get("provenance").get("uploadedAt")), cb.asc(id));
            // Descending puts NULL last in H2 already; ascending needs telling.
            case PUBLISHED_NEWEST -> List.of(cb.desc(published), cb.desc(id));
            case PUBLISHED_OLDEST -> List.of(cb.asc(cb.selectCase().when(cb.isNull(published), 1).otherwise(0)),
                    cb.asc(published), cb.asc(id));
            case TITLE -> List.of(cb.asc(cb.lower(cb.coalesce(root.get("description").<String>get("title"),
                    root.<String>get("filename")))), cb.asc(id));
        };
    }
}
