package io.storyline.analysis.search;

import java.util.List;
import java.util.Map;

/**
 * A page of hits, the total, and the facets of all hits (not just this page), in a fixed facet order:
 * entity, entityType, eventType, tag, publisher, language, year.
 */
public record SearchResults(List<SearchHit> items, long total, Map<String, List<FacetValue>> facets, long tookMillis) {

    public SearchResults {
        items = List.copyOf(items);
        facets = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(facets));
    }
}
