package io.storyline.ingestion.catalog.internal;

import io.storyline.domain.common.Page;
import io.storyline.domain.common.PageRequest;
import io.storyline.domain.document.Document;
import io.storyline.domain.document.DocumentFilter;
import io.storyline.domain.document.DocumentRepository;
import io.storyline.domain.document.HistoryEntry;
import io.storyline.domain.document.HistoryEntry.Step;
import io.storyline.domain.document.Sighting;
import io.storyline.domain.document.SimilarityRepository;
import io.storyline.ingestion.blob.BlobStore;
import io.storyline.ingestion.catalog.DocumentCatalog;
import io.storyline.ingestion.catalog.DocumentNotFoundException;
import io.storyline.ingestion.catalog.InvalidMetadataException;
import io.storyline.ingestion.catalog.SimilarDocument;
import io.storyline.ingestion.catalog.TextNotAvailableException;
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
import java.util.List;

/** {@link DocumentCatalog} over the repositories and the blob store. */
@Stateless
@Local(DocumentCatalog.class)
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class DocumentCatalogBean implements DocumentCatalog {

    @Inject
    DocumentRepository documents;

    @Inject
    SimilarityRepository similarity;

    @Inject
    BlobStore blobs;

    @Inject
    Clock clock;

    @Override
    public Page<Document> list(DocumentFilter filter, PageRequest page) {
        return documents.list(filter, page);
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

    private void requireExists(long id) {
        if (documents.find(id).isEmpty()) {
            throw new DocumentNotFoundException(id);
        }
    }
}
