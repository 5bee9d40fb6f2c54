package io.storyline.ingestion.bulk.internal;

/** An import item handed from the reader to the processor, with the source it is read from. */
record PendingFile(long itemId, String path, ImportSource source) {
}
