/**
 * The catalog: reading what the archive holds (documents by filter and page, one document, its original).
 * The pages and the REST API both read through it.
 */
package io.storyline.ingestion.catalog;
