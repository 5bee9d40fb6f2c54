package io.storyline.ingestion.catalog.internal;

import io.storyline.domain.common.Page;
import io.storyline.domain.common.PageRequest;
import io.storyline.domain.document.Document;
import io.storyline.domain.document.DocumentFilter;
import io.storyline.domain.document.DocumentRepository;
import io.storyline.ingestion.blob.BlobStore;
import io.storyline.ingestion.catalog.DocumentCatalog;
import io.storyline.ingestion.catalog.DocumentNotFoundException;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** {@link DocumentCatalog} over the repository and the blob store. */
@Stateless
@Local(DocumentCatalog.class)
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class DocumentCatalogBean implements DocumentCatalog {

    @Inject
    DocumentRepository documents;

    @Inject
    BlobStore blobs;

    @Override
    public Page<Document> list(DocumentFilter filter, PageRequest page) {
        return documents.list(filter, page);
    }

    @Override
    public Document get(long id) {
        return documents.find(id).orElseThrow(() -> new DocumentNotFoundException(id));
    }

    @Override
    public InputStream openOriginal(long id) {
        Document document = get(id);
        try {
            return blobs.open(document.sha256());
        } catch (IOException e) {
            throw new UncheckedIOException("The original of document " + id + " cannot be read from the blob store ("
                    + e.getMessage() + "). It is kept under its SHA-256 " + document.sha256() + ".", e);
        }
    }
}
