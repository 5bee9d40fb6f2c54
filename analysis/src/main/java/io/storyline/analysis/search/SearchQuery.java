package io.storyline.analysis.search;

import io.storyline.analysis.AnalysisProblem;
import java.time.LocalDate;
import java.util.List;

/**
 * One search of the archive. Every filter is optional ({@code null} or empty means "any"); filters of different
 * kinds and several entities or tags all have to hold.
 *
 * @param text       the words: phrases in quotes, AND / OR / NOT (or + | -), parentheses, {@code prefix*},
 *                   {@code fuzzy~} (see {@link QuerySyntax})
 * @param entities   entity ids the document must mention
 * @param entityType an entity type (PERSON, ORGANIZATION, ...) the document must mention
 * @param eventType  an event type code the document must report
 * @param tags       tags the document must carry
 * @param from       published on or after
 * @param to         published on or before
 * @param sort       relevance (default) or publication date
 */
public record SearchQuery(String text, List<Long> entities, String entityType, String eventType, List<String> tags,
                          String publisher, String language, Integer year, LocalDate from, LocalDate to, Sort sort,
                          int page, int size) {

    public static final int MAX_TEXT = 1000;
    public static final int MAX_SIZE = 100;
    /** Deeper pages than this are refused: narrow the search instead. */
    public static final int MAX_DEPTH = 10_000;
    public static final int MAX_FILTER_VALUES = 10;

    /** The order of hits. */
    public enum Sort { RELEVANCE, NEWEST, OLDEST }

    public SearchQuery {
        entities = entities == null ? List.of() : List.copyOf(entities);
        tags = tags == null ? List.of() : List.copyOf(tags);
        sort = sort == null ? Sort.RELEVANCE : sort;
        if (text != null && text.length() > MAX_TEXT) {
            throw AnalysisProblem.invalid("q has at most " + MAX_TEXT + " characters, not " + text.length());
        }
        if (entities.size() > MAX_FILTER_VALUES || tags.size() > MAX_FILTER_VALUES) {
            throw AnalysisProblem.invalid("at most " + MAX_FILTER_VALUES + " entities and " + MAX_FILTER_VALUES
                    + " tags in one search");
        }
        if (page < 0) {
            throw AnalysisProblem.invalid("page must be 0 or more, was " + page);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw AnalysisProblem.invalid("size must be between 1 and " + MAX_SIZE + ", was " + size);
        }
        if ((long) page * size + size > MAX_DEPTH) {
            throw AnalysisProblem.invalid("only the first " + MAX_DEPTH + " hits can be paged through; "
                    + "narrow the search with words or filters");
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw AnalysisProblem.invalid("from (" + from + ") is after to (" + to + ")");
        }
    }

    /** Just words, by relevance, the first page of {@code size}. */
    public static SearchQuery of(String text, int size) {
        return new SearchQuery(text, null, null, null, null, null, null, null, null, null, null, 0, size);
    }

    public boolean hasText() {
        return text != null && !text.isBlank();
    }
}
