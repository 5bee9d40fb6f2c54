package io.storyline.ingestion.catalog;

import io.storyline.domain.common.Page;
import io.storyline.domain.common.PageRequest;
import io.storyline.domain.document.DayCount;
import io.storyline.domain.document.Document;
import io.storyline.domain.document.DocumentFilter;
import io.storyline.domain.document.DocumentSort;
import io.storyline.domain.document.HistoryEntry;
import io.storyline.domain.document.Sighting;
import io.storyline.domain.tag.DocumentTag;
import io.storyline.domain.tag.TagCount;
import java.io.InputStream;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The record of what the archive holds: documents, their originals and texts, where they were seen, what
 * happened to them; and the metadata people may correct. Every method taking an id throws
 * {@link DocumentNotFoundException} when there is no such document.
 */
public interface DocumentCatalog {

    /** At most this many documents are tagged by one request. */
    int MAX_BULK = 1_000;

    /** Newest first. */
    Page<Document> list(DocumentFilter filter, PageRequest page);

    /** One page in the order asked for, and how many match in all. */
    Page<Document> list(DocumentFilter filter, DocumentSort sort, PageRequest page);

    /** One page in the order asked for, without counting (a paged table counts separately). */
    List<Document> page(DocumentFilter filter, DocumentSort sort, PageRequest page);

    /** How many documents the filter matches. */
    long count(DocumentFilter filter);

    /** The tag names of several documents (a page of a listing) in one query, each list sorted. */
    Map<Long, List<String>> tagNames(Collection<Long> ids);

    /** The media types in use, for a filter's choices. */
    List<String> mediaTypes();

    /** The languages in use, for a filter's choices. */
    List<String> languages();

    /** Documents per publication day (upload day without one), the {@code days} latest days that have any. */
    List<DayCount> documentsPerDay(int days);

    /** The document with its publication date candidates. */
    Document get(long id);

    /** The original exactly as uploaded; the caller closes the stream. */
    InputStream openOriginal(long id);

    /**
     * The extracted text.
     *
     * @throws TextNotAvailableException when the document has no text (yet)
     */
    String text(long id);

    /** Every time its bytes arrived, first one first. */
    List<Sighting> sightings(long id);

    /** What happened to it, oldest first. */
    List<HistoryEntry> history(long id);

    /** Its near-duplicates, most similar first. */
    List<SimilarDocument> nearDuplicates(long id);

    /** How many documents were found inside it (an archive). */
    long childCount(long id);

    /** A person sets the language; extraction will not change it again. */
    Document setLanguage(long id, String languageCode, String user);

    /** The document's tags, by name. */
    List<DocumentTag> tags(long id);

    /**
     * A person puts tags on documents: the names are made canonical ({@link io.storyline.domain.tag.TagName}),
     * tags a document has already are left as they are, and each document that changed gets a history entry and
     * its search record written again. Runs in a transaction of its own. Ids that are no documents are reported,
     * not refused.
     *
     * @return what happened to each distinct id, in the order given
     * @throws InvalidMetadataException when a name breaks the rules, no name or no document is given, or more than
     *                                  {@value #MAX_BULK} documents are
     */
    List<Tagging> tag(Collection<Long> ids, List<String> names, String user);

    /**
     * Takes a tag off a document.
     *
     * @return whether the document had it
     * @throws InvalidMetadataException when the name breaks the rules
     */
    boolean untag(long id, String name, String user);

    /** Tags in use whose name contains the fragment (all when blank), most used first, at most {@code limit}. */
    List<TagCount> tagsInUse(String fragment, int limit);
}
