package io.storyline.analysis.search;

import java.util.List;
import java.util.Map;

/**
 * A page of hits, the total, and the facets of all hits (not just this page), in a fixed facet order:
 * entity, entityType, eventType, tag, publisher, language, year.
 *
 * @param histogram  all hits with a publication date by month or year (see {@link DateHistogram})
 * @param suggestion when the words found nothing or little: the same words with misspelt ones replaced by words the
 *                   archive holds ("Did you mean ..."), to be run as a new search; else null
 */
public record SearchResults(List<SearchHit> items, long total, Map<String, List<FacetValue>> facets,
                            List<DateBucket> histogram, String suggestion, long tookMillis) {

    public SearchResults {
        items = List.copyOf(items);
        histogram = histogram == null ? List.of() : List.copyOf(histogram);
        facets = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(facets));
    }
}
