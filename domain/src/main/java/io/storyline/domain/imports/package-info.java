/**
 * Bulk imports: an admin's job to take a server folder or a large ZIP into the archive, with one item per file
 * so that progress, failures and restarts are exact. The job runs as a Jakarta Batch job in the ingestion
 * module; its state lives here, in the database, so it survives a server restart.
 */
package io.storyline.domain.imports;
