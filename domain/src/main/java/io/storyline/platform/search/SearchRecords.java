package io.storyline.platform.search;

import io.storyline.domain.document.Document;
import io.storyline.domain.document.PublicationDate;
import io.storyline.domain.tag.TagRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;

/**
 * Keeps each document's {@link SearchRecord} in step with the document, its analysis and its tags. Call
 * {@link #refresh} inside the transaction that changed them: the index follows when it commits, so a document is
 * searchable as soon as its extraction or analysis is stored.
 */
@ApplicationScoped
public class SearchRecords {

    @PersistenceContext(unitName = "storyline")
    EntityManager em;

    @Inject
    TagRepository tags;

    @Inject
    Clock clock;

    /**
     * Writes the record of a document afresh; does nothing for a document that does not exist. The document's row
     * is locked first, so two transactions refreshing one record (a tag added while analysis finishes) take turns
     * and the later one reads what the earlier one committed: no change is lost from the index.
     */
    public void refresh(long documentId) {
        Document document = em.find(Document.class, documentId, LockModeType.PESSIMISTIC_WRITE);
        if (document == null) {
            return;
        }
        SearchRecord record = em.find(SearchRecord.class, documentId);
        if (record == null) {
            record = new SearchRecord(documentId);
            record.update(values(document), clock.instant());
            em.persist(record);
        } else {
            record.update(values(document), clock.instant());
        }
    }

    /** Documents that have text but no search record yet, lowest id first, after {@code afterId}. */
    public List<Long> missing(long afterId, int limit) {
        return em.createQuery("select t.documentId from DocumentText t where t.documentId > :after and not exists "
                        + "(select r.documentId from SearchRecord r where r.documentId = t.documentId) "
                        + "order by t.documentId", Long.class)
                .setParameter("after", afterId).setMaxResults(limit).getResultList();
    }

    /** Documents that have text, lowest id first, after {@code afterId}. */
    public List<Long> withText(long afterId, int limit) {
        return em.createQuery("select t.documentId from DocumentText t where t.documentId > :after "
                        + "order by t.documentId", Long.class)
                .setParameter("after", afterId).setMaxResults(limit).getResultList();
    }

    /** How many search records there are (one per document with text, when all are written). */
    public long count() {
        return em.createQuery("select count(r) from SearchRecord r", Long.class).getSingleResult();
    }

    /** The mapping version the index was last built with ({@link SearchRecord#MAPPING_VERSION}); 0 if never. */
    public int builtMappingVersion() {
        List<?> rows = em.createNativeQuery("select mapping_version from search_index_state where id = 1")
                .getResultList();
        return rows.isEmpty() ? 0 : ((Number) rows.get(0)).intValue();
    }

    /** Notes that the index was rebuilt with this mapping version. */
    public void mappingBuilt(int version) {
        int updated = em.createNativeQuery("update search_index_state set mapping_version = ?1, built_at = ?2 "
                + "where id = 1").setParameter(1, version).setParameter(2, clock.instant()).executeUpdate();
        if (updated == 0) {
            em.createNativeQuery("insert into search_index_state (id, mapping_version, built_at) values (1, ?1, ?2)")
                    .setParameter(1, version).setParameter(2, clock.instant()).executeUpdate();
        }
    }

    private SearchRecord.Values values(Document d) {
        long id = d.id();
        List<Long> entityIds = em.createQuery("select distinct m.entityId from Mention m where m.documentId = :d",
                Long.class).setParameter("d", id).getResultList();
        List<String> entityTypes = em.createQuery("select distinct m.type from Mention m where m.documentId = :d",
                Object.class).setParameter("d", id).getResultList().stream().map(String::valueOf).toList();
        List<String> eventTypes = em.createQuery("select distinct e.typeCode from Event e where e.documentId = :d",
                String.class).setParameter("d", id).getResultList();
        List<String> tagNames = tags.namesOf(List.of(id)).getOrDefault(id, List.of());
        return new SearchRecord.Values(d.description().title().orElse(null), d.filename(),
                d.description().publisher().orElse(null), d.description().language().orElse(null), d.mediaType(),
                d.uploadedBy(), d.uploadedAt(), d.publicationDate().map(PublicationDate::day).orElse(null),
                entityIds, entityTypes, eventTypes, tagNames);
    }
}
