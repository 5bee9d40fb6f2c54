package io.storyline.ingestion.pipeline.internal;

import java.time.Instant;

/**
 * A document a worker has taken: what the worker needs to know to extract it.
 *
 * @param attempts how often extraction has been tried, this attempt included
 */
record Claim(long id, String sha256, String filename, String mediaType, Instant uploadedAt, String uploadedBy,
             int archiveDepth, int attempts, String publisher, String uploadDate) {
}
