/**
 * Archives: a ZIP that reaches the archive is kept as a document of its own and its files become documents
 * too, each with its path recorded. Reading is bounded: files per archive, total uncompressed size,
 * compression ratio (zip bombs) and nesting depth each have a limit.
 */
package io.storyline.ingestion.archive;
