package io.storyline.analysis.search;

import java.time.Instant;

/** A saved search as its owner sees it; {@code query} is the search page's query string. */
public record SavedSearchView(long id, String name, String query, Instant createdAt) {
}
