package io.storyline.ingestion.pipeline.internal;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A document a worker has taken: what the worker needs to know to extract it.
 *
 * @param attempts    how often extraction has been tried, this attempt included
 * @param readAgainst the day a dateline without a year is read against (the date given at upload, else the upload day)
 */
record Claim(long id, String sha256, String filename, String mediaType, Instant uploadedAt, String uploadedBy,
             int archiveDepth, int attempts, String publisher, String uploadDate, LocalDate readAgainst) {
}
