/**
 * Searching the archive: Hibernate Search over {@link io.storyline.platform.search.SearchRecord}s (Lucene in the data
 * folder by default, Elasticsearch or OpenSearch by configuration).
 */
package io.storyline.analysis.search;
