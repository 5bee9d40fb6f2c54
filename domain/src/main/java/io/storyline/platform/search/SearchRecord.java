package io.storyline.platform.search;

import io.storyline.domain.document.DocumentText;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.OneToOne;
import jakarta.persistence.PrimaryKeyJoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexedEmbedded;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;

/**
 * What the search index knows of one document besides its text: title, publisher, language, type, dates, the
 * entities, entity types and event types analysis found, and the tags. Written by {@link SearchRecords} in the same
 * transaction as the change it reflects; Hibernate Search indexes it (with the extracted text) on commit.
 * Multi-valued fields are stored as space-separated lists and indexed one value each.
 */
@Entity
@Table(name = "search_record")
@Indexed(index = "document")
public class SearchRecord {

    /** Index field names, for queries. */
    public static final String TITLE = "title";
    public static final String TEXT = "text.content";
    /** The title and text as written: lowercased and accents folded, but not stemmed. */
    public static final String TITLE_EXACT = "titleExact";
    public static final String TEXT_EXACT = "text.exact";
    /** The publication month as {@code yyyymm}, for the date histogram. */
    public static final String MONTH = "month";
    public static final String PUBLISHER = "publisher";
    public static final String LANGUAGE = "language";
    public static final String MEDIA_TYPE = "mediaType";
    public static final String UPLOADED_BY = "uploadedBy";
    public static final String PUBLISHED = "published";
    public static final String YEAR = "year";
    public static final String UPLOADED_AT = "uploadedAt";
    public static final String ENTITY = "entity";
    public static final String ENTITY_TYPE = "entityType";
    public static final String EVENT_TYPE = "eventType";
    public static final String TAG = "tag";

    /**
     * The version of this mapping and of its analysers ({@link SearchAnalysers}). Raise it with every change to what
     * the index holds: at start-up an index built with another version is rebuilt from the database.
     * 1: the first mapping; 2: English stemming, the exact fields, the month.
     */
    public static final int MAPPING_VERSION = 2;

    static final int MAX_TAGS = 4000;

    @Id
    @Column(name = "document_id")
    private Long documentId;

    @FullTextField(name = TITLE, analyzer = SearchAnalysers.ENGLISH, projectable = Projectable.YES,
            highlightable = {Highlightable.PLAIN, Highlightable.UNIFIED})
    @FullTextField(name = TITLE_EXACT, analyzer = SearchAnalysers.EXACT,
            highlightable = {Highlightable.PLAIN, Highlightable.UNIFIED})
    @Column(name = "title", length = 2000)
    private String title;

    @Column(name = "filename", nullable = false, length = 1024)
    private String filename;

    @KeywordField(name = PUBLISHER, aggregable = Aggregable.YES)
    @Column(name = "publisher", length = 500)
    private String publisher;

    @KeywordField(name = LANGUAGE, aggregable = Aggregable.YES)
    @Column(name = "language", length = 35)
    private String language;

    @KeywordField(name = MEDIA_TYPE, aggregable = Aggregable.YES)
    @Column(name = "media_type", length = 255)
    private String mediaType;

    @KeywordField(name = UPLOADED_BY)
    @Column(name = "uploaded_by", nullable = false, length = 64)
    private String uploadedBy;

    @GenericField(name = UPLOADED_AT, sortable = Sortable.YES)
    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    @GenericField(name = PUBLISHED, sortable = Sortable.YES, projectable = Projectable.YES)
    @Column(name = "published_date")
    private LocalDate publishedDate;

    @Lob
    @Column(name = "entity_ids")
    private String entityIds;

    @Column(name = "entity_types", length = 500)
    private String entityTypes;

    @Column(name = "event_types", length = 2000)
    private String eventTypes;

    @Column(name = "tags", length = MAX_TAGS)
    private String tags;

    @Column(name = "refreshed_at", nullable = false)
    private Instant refreshedAt;

    /** The extracted text, indexed as {@value #TEXT}; read-only here (it belongs to the document). */
    @OneToOne(fetch = FetchType.LAZY)
    @PrimaryKeyJoinColumn(name = "document_id", referencedColumnName = "document_id")
    @IndexedEmbedded(name = "text", includePaths = {"content", TextMapping.EXACT_FIELD})
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.SHALLOW)
    private DocumentText text;

    protected SearchRecord() {
        // for JPA
    }

    public SearchRecord(long documentId) {
        this.documentId = documentId;
    }

    /** Replaces every value from the document and its analysis; {@code at} marks the record changed. */
    public void update(Values values, Instant at) {
        this.title = values.title();
        this.filename = Objects.requireNonNull(values.filename(), "filename");
        this.publisher = values.publisher();
        this.language = values.language();
        this.mediaType = values.mediaType();
        this.uploadedBy = Objects.requireNonNull(values.uploadedBy(), "uploadedBy");
        this.uploadedAt = Objects.requireNonNull(values.uploadedAt(), "uploadedAt");
        this.publishedDate = values.publishedDate();
        this.entityIds = join(values.entityIds());
        this.entityTypes = join(values.entityTypes());
        this.eventTypes = join(values.eventTypes());
        this.tags = joinTags(values.tags());
        this.refreshedAt = Objects.requireNonNull(at, "at");
    }

    /** Everything a record holds, read from the document, its analysis and its tags. */
    public record Values(String title, String filename, String publisher, String language, String mediaType,
                         String uploadedBy, Instant uploadedAt, LocalDate publishedDate, Collection<Long> entityIds,
                         Collection<String> entityTypes, Collection<String> eventTypes, Collection<String> tags) {
    }

    public long documentId() {
        return documentId;
    }

    public String title() {
        return title;
    }

    /** The publication year, for the year facet. */
    @GenericField(name = YEAR, aggregable = Aggregable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "publishedDate")))
    public Integer getYear() {
        return publishedDate == null ? null : publishedDate.getYear();
    }

    /** The publication month as {@code yyyymm} (202403 for March 2024), for the date histogram. */
    @GenericField(name = MONTH, aggregable = Aggregable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "publishedDate")))
    public Integer getMonth() {
        return publishedDate == null ? null : publishedDate.getYear() * 100 + publishedDate.getMonthValue();
    }

    @KeywordField(name = ENTITY, aggregable = Aggregable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "entityIds")))
    public List<String> getEntityIdList() {
        return split(entityIds);
    }

    @KeywordField(name = ENTITY_TYPE, aggregable = Aggregable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "entityTypes")))
    public List<String> getEntityTypeList() {
        return split(entityTypes);
    }

    @KeywordField(name = EVENT_TYPE, aggregable = Aggregable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "eventTypes")))
    public List<String> getEventTypeList() {
        return split(eventTypes);
    }

    /** Tag names hold spaces, so they are stored one per line. */
    @KeywordField(name = TAG, aggregable = Aggregable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "tags")))
    public List<String> getTagList() {
        return tags == null || tags.isEmpty() ? List.of() : List.of(tags.split("\n"));
    }

    private static String join(Collection<?> values) {
        return values == null || values.isEmpty() ? null
                : values.stream().map(String::valueOf).distinct().sorted().collect(Collectors.joining(" "));
    }

    /** One per line, as many as the column holds (a document with hundreds of tags is searchable by most). */
    private static String joinTags(Collection<String> values) {
        if (values == null || values.isEmpty()) {
            return null;
        }
        StringBuilder joined = new StringBuilder();
        for (String tag : values.stream().distinct().sorted().toList()) {
            if (joined.length() + tag.length() + 1 > MAX_TAGS) {
                break;
            }
            joined.append(joined.isEmpty() ? "" : "\n").append(tag);
        }
        return joined.toString();
    }

    private static List<String> split(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(" "));
    }
}
