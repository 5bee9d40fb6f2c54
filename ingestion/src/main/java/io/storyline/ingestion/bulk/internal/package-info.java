/**
 * Bulk imports on Jakarta Batch: listing a folder or ZIP as import items, taking each item in through intake,
 * recording outcomes with the chunk's checkpoint, and resuming imports a stopped server left running.
 */
package io.storyline.ingestion.bulk.internal;
