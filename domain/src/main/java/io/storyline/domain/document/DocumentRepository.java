package io.storyline.domain.document;

import io.storyline.domain.common.Page;
import io.storyline.domain.common.PageRequest;
import java.util.Map;
import java.util.Optional;

/** The documents of the archive. Callers bring the transaction. */
public interface DocumentRepository {

    Document save(Document document);

    Optional<Document> find(long id);

    Optional<Document> findBySha256(String sha256);

    /** Newest first. */
    Page<Document> list(DocumentFilter filter, PageRequest page);

    /** How many documents are in each status; statuses without documents are left out. */
    Map<DocumentStatus, Long> countByStatus();
}
