/**
 * The ingestion pipeline: documents RECEIVED are extracted by message-driven workers (bounded by
 * {@code storyline.extraction.concurrency}), end EXTRACTED or FAILED with a reason, and are announced to
 * analysis. The database row is the truth: a worker claims a document before working on it, start-up resumes
 * what a crash left unfinished, and a sweeper frees claims that outlived their time. People retry failed
 * documents one by one or by filter.
 */
package io.storyline.ingestion.pipeline;
