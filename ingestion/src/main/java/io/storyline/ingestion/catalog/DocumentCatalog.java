package io.storyline.ingestion.catalog;

import io.storyline.domain.common.Page;
import io.storyline.domain.common.PageRequest;
import io.storyline.domain.document.Document;
import io.storyline.domain.document.DocumentFilter;
import io.storyline.domain.document.HistoryEntry;
import io.storyline.domain.document.Sighting;
import java.io.InputStream;
import java.util.List;

/**
 * The record of what the archive holds: documents, their originals and texts, where they were seen, what
 * happened to them; and the metadata people may correct. Every method taking an id throws
 * {@link DocumentNotFoundException} when there is no such document.
 */
public interface DocumentCatalog {

    /** Newest first. */
    Page<Document> list(DocumentFilter filter, PageRequest page);

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
}
