package io.storyline.ingestion.catalog.internal;

import io.storyline.domain.common.Page;
import io.storyline.domain.common.PageRequest;
import io.storyline.domain.document.DayCount;
import io.storyline.domain.document.Document;
import io.storyline.domain.document.DocumentFilter;
import io.storyline.domain.document.DocumentRepository;
import io.storyline.domain.document.DocumentSort;
import io.storyline.domain.document.HistoryEntry.Step;
import io.storyline.domain.document.HistoryEntry;
import io.storyline.domain.document.Sighting;
import io.storyline.domain.document.SimilarityRepository;
import io.storyline.domain.tag.DocumentTag;
import io.storyline.domain.tag.TagCount;
import io.storyline.domain.tag.TagName;
import io.storyline.domain.tag.TagRepository;
import io.storyline.ingestion.blob.BlobStore;
import io.storyline.ingestion.catalog.DocumentCatalog;
import io.storyline.ingestion.catalog.DocumentNotFoundException;
import io.storyline.ingestion.catalog.InvalidMetadataException;
import io.storyline.ingestion.catalog.SimilarDocument;
import io.storyline.ingestion.catalog.Tagging;
import io.storyline.ingestion.catalog.TextNotAvailableException;
import io.storyline.platform.search.SearchRecords;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.logging.Logger;

/** {@link DocumentCatalog} over the repositories and the blob store. */
@Stateless
@Local(DocumentCatalog.class)
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class DocumentCatalogBean implements DocumentCatalog {

    private static final Logger LOG = Logger.getLogger(DocumentCatalogBean.class.getName());
    private static final int MAX_DAYS = 366;
    private static final int MAX_TAGS_IN_USE = 100;

    @Inject
    DocumentRepository documents;

    @Inject
    SimilarityRepository similarity;

    @Inject
    BlobStore blobs;

    @Inject
    TagRepository tags;

    @Inject
    SearchRecords searchRecords;

    @EJB
    TagWriter writer;

    @Inject
    Clock clock;

    @Override
    public Page<Document> list(DocumentFilter filter, PageRequest page) {
        return documents.list(filter, page);
    }

    @Override
    public Page<Document> list(DocumentFilter filter, DocumentSort sort, PageRequest page) {
        return documents.list(filter, sort, page);
    }

    @Override
    public List<Document> page(DocumentFilter filter, DocumentSort sort, PageRequest page) {
        return documents.page(filter, sort, page);
    }

    @Override
    public long count(DocumentFilter filter) {
        return documents.count(filter);
    }

    @Override
    public Map<Long, List<String>> tagNames(Collection<Long> ids) {
        return tags.namesOf(ids);
    }

    @Override
    public List<String> mediaTypes() {
        return documents.mediaTypes();
    }

    @Override
    public List<String> languages() {
        return documents.languages();
    }

    @Override
    public List<DayCount> documentsPerDay(int days) {
        return documents.countByDay(Math.max(1, Math.min(days, MAX_DAYS)));
    }

    @Override
    public Document get(long id) {
        return documents.findWhole(id).orElseThrow(() -> new DocumentNotFoundException(id));
    }

    @Override
    public InputStream openOriginal(long id) {
        Document document = documents.find(id).orElseThrow(() -> new DocumentNotFoundException(id));
        try {
            return blobs.open(document.sha256());
        } catch (IOException e) {
            throw new UncheckedIOException("The original of document " + id + " cannot be read from the blob store ("
                    + e.getMessage() + "). It is kept under its SHA-256 " + document.sha256() + ".", e);
        }
    }

    @Override
    public String text(long id) {
        Document document = documents.find(id).orElseThrow(() -> new DocumentNotFoundException(id));
        return documents.text(id).orElseThrow(() -> new TextNotAvailableException("Document " + id + " has no text: it is "
                + document.status() + document.failureMessage().map(m -> " (" + m + ")").orElse("") + "."));
    }

    @Override
    public List<Sighting> sightings(long id) {
        requireExists(id);
        return documents.sightings(id);
    }

    @Override
    public List<HistoryEntry> history(long id) {
        requireExists(id);
        return documents.history(id);
    }

    @Override
    public List<SimilarDocument> nearDuplicates(long id) {
        requireExists(id);
        return similarity.nearDuplicates(id).stream()
                .map(pair -> {
                    long other = pair.other(id);
                    String title = documents.find(other).map(Document::displayTitle).orElse("document " + other);
                    return new SimilarDocument(other, title, pair.similarity());
                })
                .toList();
    }

    @Override
    public long childCount(long id) {
        return documents.countChildren(id);
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public Document setLanguage(long id, String languageCode, String user) {
        Document document = documents.findWhole(id).orElseThrow(() -> new DocumentNotFoundException(id));
        Instant now = clock.instant();
        try {
            document.setLanguageByPerson(languageCode, now);
        } catch (IllegalArgumentException e) {
            throw new InvalidMetadataException(e.getMessage() + ".");
        }
        documents.record(new HistoryEntry(id, Step.LANGUAGE_SET, user, languageCode, now));
        return document;
    }

    @Override
    public List<DocumentTag> tags(long id) {
        requireExists(id);
        return tags.of(id);
    }

    /** Not in a transaction: the writer has its own, and is asked once more when a concurrent write beat it. */
    @Override
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public List<Tagging> tag(Collection<Long> ids, List<String> names, String user) {
        List<Long> distinct = ids == null ? List.of() : ids.stream().filter(Objects::nonNull).distinct().toList();
        if (distinct.isEmpty()) {
            throw new InvalidMetadataException("Name at least one document to tag.");
        }
        if (distinct.size() > MAX_BULK) {
            throw new InvalidMetadataException("At most " + String.format(Locale.ROOT, "%,d", MAX_BULK)
                    + " documents can be tagged at once, not " + distinct.size() + "; tag them in parts.");
        }
        List<String> canonical = canonicalTags(names == null ? List.of() : names);
        if (canonical.isEmpty()) {
            throw new InvalidMetadataException("Name at least one tag.");
        }
        try {
            return writer.add(distinct, canonical, user);
        } catch (EJBException e) {
            // Extraction or analysis may have written the same search record at the same moment; the second
            // attempt sees it and only updates it. Adding tags twice does nothing.
            LOG.fine(() -> "Tagging again after " + e);
            return writer.add(distinct, canonical, user);
        }
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public boolean untag(long id, String name, String user) {
        requireExists(id);
        String canonical;
        try {
            canonical = TagName.canonical(name);
        } catch (IllegalArgumentException e) {
            throw new InvalidMetadataException(capitalised(e.getMessage()) + ".");
        }
        boolean removed = tags.remove(id, canonical);
        if (removed) {
            documents.record(new HistoryEntry(id, Step.UNTAGGED, user, canonical, clock.instant()));
            searchRecords.refresh(id);
        }
        return removed;
    }

    @Override
    public List<TagCount> tagsInUse(String fragment, int limit) {
        return tags.inUse(fragment, Math.max(1, Math.min(limit, MAX_TAGS_IN_USE)));
    }

    static List<String> canonicalTags(List<String> names) {
        try {
            return TagName.canonicalAll(names.stream().filter(n -> n != null && !n.isBlank()).toList());
        } catch (IllegalArgumentException e) {
            throw new InvalidMetadataException(capitalised(e.getMessage()) + ".");
        }
    }

    private static String capitalised(String message) {
        return message.isEmpty() ? message : Character.toUpperCase(message.charAt(0)) + message.substring(1);
    }

    private void requireExists(long id) {
        if (documents.find(id).isEmpty()) {
            throw new DocumentNotFoundException(id);
        }
    }
}
