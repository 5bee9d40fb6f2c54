/**
 * What the full-text index holds: one {@link io.storyline.domain.search.SearchRecord} per document with text,
 * kept current by {@link io.storyline.domain.search.SearchRecords}, and the searches users save.
 */
package io.storyline.domain.search;
