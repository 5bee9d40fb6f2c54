/**
 * The full-text index: one {@link io.storyline.platform.search.SearchRecord} per document, mapped to Hibernate Search
 * and kept current by {@link io.storyline.platform.search.SearchRecords} in the transaction that changed the document,
 * and the mapping of the documents' text.
 */
package io.storyline.platform.search;
