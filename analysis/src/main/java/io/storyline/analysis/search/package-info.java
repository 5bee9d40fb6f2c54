/**
 * Searching the archive: Hibernate Search over {@link io.storyline.domain.search.SearchRecord}s (Lucene in the data
 * folder by default, Elasticsearch or OpenSearch by configuration).
 */
package io.storyline.analysis.search;
