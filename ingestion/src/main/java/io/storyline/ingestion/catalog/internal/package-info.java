/**
 * The document catalog on the repositories and the blob store: what the archive's pages and the REST API read,
 * and the tag writes that keep each document's history and search record in step.
 */
package io.storyline.ingestion.catalog.internal;
