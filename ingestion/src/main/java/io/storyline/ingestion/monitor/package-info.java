/**
 * The ingestion monitor: how long the queues are, how fast documents go through extraction and analysis, how much
 * time is left, and the failures grouped by stage and reason, with a retry of a whole group. Read-only queries
 * over the document rows (the truth), never over the message queues.
 */
package io.storyline.ingestion.monitor;
