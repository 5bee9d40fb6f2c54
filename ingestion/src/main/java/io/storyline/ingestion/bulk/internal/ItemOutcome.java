package io.storyline.ingestion.bulk.internal;

import io.storyline.domain.imports.ImportItem;

/** What became of one import item; the writer records it. */
record ItemOutcome(long itemId, ImportItem.Status status, Long documentId, String message) {
}
