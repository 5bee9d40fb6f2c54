package io.storyline.ingestion.catalog;

import io.storyline.domain.common.Page;
import io.storyline.domain.common.PageRequest;
import io.storyline.domain.document.Document;
import io.storyline.domain.document.DocumentFilter;
import java.io.InputStream;

/** Reads documents and their originals. */
public interface DocumentCatalog {

    /** Newest first. */
    Page<Document> list(DocumentFilter filter, PageRequest page);

    /** @throws DocumentNotFoundException when there is no document with this id */
    Document get(long id);

    /**
     * The original exactly as uploaded; the caller closes the stream.
     *
     * @throws DocumentNotFoundException when there is no document with this id
     */
    InputStream openOriginal(long id);
}
