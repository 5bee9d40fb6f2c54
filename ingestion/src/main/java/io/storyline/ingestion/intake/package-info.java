/**
 * Intake: how a file enters the archive, from the upload page, the REST API or an import. The original is
 * stored in the blob store first, then its document row is saved; the same bytes twice make one document.
 */
package io.storyline.ingestion.intake;
