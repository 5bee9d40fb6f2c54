/**
 * The extraction stage of the pipeline: the worker that takes the queue's messages, the service that claims,
 * reads and records a document (each step in a transaction of its own), retries with back-off, and the recovery
 * that puts interrupted work back on the queue.
 */
package io.storyline.ingestion.pipeline.internal;
