/**
 * The ingestion monitor over the document rows: documents per status, throughput per stage and the failures
 * grouped by reason with examples.
 */
package io.storyline.ingestion.monitor.internal;
