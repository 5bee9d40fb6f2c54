/**
 * Bulk import: an admin takes a server folder or a large ZIP into the archive as a background Jakarta Batch job
 * (WildFly's JBeret). The files are listed once into import items; a chunk step takes them in, checkpointed, and
 * one bad file never stops the job. Progress is exact and survives a server restart: the job resumes where it
 * stopped, and no file is taken in twice.
 */
package io.storyline.ingestion.bulk;
