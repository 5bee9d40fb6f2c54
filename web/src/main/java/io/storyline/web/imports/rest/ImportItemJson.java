package io.storyline.web.imports.rest;

import io.storyline.domain.imports.ImportItem;
import java.time.Instant;

/** One file of an import and what became of it. */
public record ImportItemJson(long id, String path, Long size, String status, Long documentId, String message,
                             Instant processedAt) {

    static ImportItemJson of(ImportItem item) {
        return new ImportItemJson(item.id(), item.path(), item.size().orElse(null), item.status().name(),
                item.documentId().orElse(null), item.message().orElse(null), item.processedAt().orElse(null));
    }
}
