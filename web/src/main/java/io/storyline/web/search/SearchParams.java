package io.storyline.web.search;

import io.storyline.analysis.search.SearchQuery;
import io.storyline.domain.tag.TagName;
import io.storyline.web.rest.InvalidRequestException;
import io.storyline.web.rest.RequestValues;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The parameters of a search, as the search page's URL and {@code GET /api/search} both carry them: {@code q},
 * {@code type} (event type), {@code entityType}, {@code entity} (repeatable), {@code tag} (repeatable),
 * {@code publisher}, {@code language}, {@code year}, {@code from}, {@code to}, {@code sort}
 * (relevance|newest|oldest; {@code date} means newest), {@code page}, {@code size}.
 */
public record SearchParams(String q, String type, String entityType, List<String> entity, List<String> tag,
                           String publisher, String language, String year, String from, String to, String sort,
                           String page, String size) {

    public static final int DEFAULT_SIZE = 20;

    public SearchParams {
        entity = entity == null ? List.of() : entity.stream().filter(v -> v != null && !v.isBlank()).toList();
        tag = tag == null ? List.of() : tag.stream().filter(v -> v != null && !v.isBlank()).toList();
    }

    /** From a request's parameter map (each name to its values), as a page receives it. */
    public static SearchParams of(Map<String, String[]> parameters) {
        return new SearchParams(one(parameters, "q"), one(parameters, "type"), one(parameters, "entityType"),
                all(parameters, "entity"), all(parameters, "tag"), one(parameters, "publisher"),
                one(parameters, "language"), one(parameters, "year"), one(parameters, "from"), one(parameters, "to"),
                one(parameters, "sort"), one(parameters, "page"), one(parameters, "size"));
    }

    /**
     * The search these parameters ask for.
     *
     * @throws InvalidRequestException naming the parameter that cannot be read
     */
    public SearchQuery query() {
        List<Long> entityIds = new ArrayList<>();
        for (String e : entity) {
            entityIds.add(RequestValues.number("entity", e));
        }
        List<String> tags = new ArrayList<>();
        for (String t : tag) {
            try {
                tags.add(TagName.canonical(t));
            } catch (IllegalArgumentException ex) {
                throw new InvalidRequestException("\"tag\": " + ex.getMessage() + ".");
            }
        }
        Integer yearValue = year == null || year.isBlank() ? null : RequestValues.integer("year", year, 1, 9999, 0);
        int sizeValue = RequestValues.integer("size", size, 1, SearchQuery.MAX_SIZE, DEFAULT_SIZE);
        int pageValue = RequestValues.integer("page", page, 0, Integer.MAX_VALUE, 0); // SearchQuery says how deep
        return new SearchQuery(q, entityIds, upper(entityType), upper(type), tags, blankToNull(publisher),
                blankToNull(language), yearValue,
                RequestValues.day("from", from), RequestValues.day("to", to), sort(sort),
                pageValue, sizeValue);
    }

    /** The same search with one more filter value (a facet clicked), from its first page. */
    public SearchParams with(String facet, String value) {
        List<String> entities = new ArrayList<>(entity);
        List<String> tags = new ArrayList<>(tag);
        SearchParams p = switch (facet) {
            case "entity" -> new SearchParams(q, type, entityType, add(entities, value), tag, publisher, language,
                    year, from, to, sort, null, size);
            case "tag" -> new SearchParams(q, type, entityType, entity, add(tags, value), publisher, language, year,
                    from, to, sort, null, size);
            case "eventType" -> new SearchParams(q, value, entityType, entity, tag, publisher, language, year, from,
                    to, sort, null, size);
            case "entityType" -> new SearchParams(q, type, value, entity, tag, publisher, language, year, from, to,
                    sort, null, size);
            case "publisher" -> new SearchParams(q, type, entityType, entity, tag, value, language, year, from, to,
                    sort, null, size);
            case "language" -> new SearchParams(q, type, entityType, entity, tag, publisher, value, year, from, to,
                    sort, null, size);
            case "year" -> new SearchParams(q, type, entityType, entity, tag, publisher, language, value, from, to,
                    sort, null, size);
            default -> throw new IllegalArgumentException("no facet " + facet);
        };
        return p;
    }

    /** The same search without one filter value (a chip removed), from its first page. */
    public SearchParams without(String facet, String value) {
        List<String> entities = new ArrayList<>(entity);
        List<String> tags = new ArrayList<>(tag);
        entities.remove(value);
        tags.remove(value);
        return switch (facet) {
            case "entity" -> new SearchParams(q, type, entityType, entities, tag, publisher, language, year, from,
                    to, sort, null, size);
            case "tag" -> new SearchParams(q, type, entityType, entity, tags, publisher, language, year, from, to,
                    sort, null, size);
            case "eventType" -> new SearchParams(q, null, entityType, entity, tag, publisher, language, year, from,
                    to, sort, null, size);
            case "entityType" -> new SearchParams(q, type, null, entity, tag, publisher, language, year, from, to,
                    sort, null, size);
            case "publisher" -> new SearchParams(q, type, entityType, entity, tag, null, language, year, from, to,
                    sort, null, size);
            case "language" -> new SearchParams(q, type, entityType, entity, tag, publisher, null, year, from, to,
                    sort, null, size);
            case "year" -> new SearchParams(q, type, entityType, entity, tag, publisher, language, null, from, to,
                    sort, null, size);
            case "from" -> new SearchParams(q, type, entityType, entity, tag, publisher, language, year, null, to,
                    sort, null, size);
            case "to" -> new SearchParams(q, type, entityType, entity, tag, publisher, language, year, from, null,
                    sort, null, size);
            default -> throw new IllegalArgumentException("no facet " + facet);
        };
    }

    /** The same search with other words (a spelling suggestion taken), filters kept, from its first page. */
    public SearchParams withWords(String words) {
        return new SearchParams(words, type, entityType, entity, tag, publisher, language, year, from, to, sort, null,
                size);
    }

    /** The same search published between two days (a bar of the date histogram), from its first page. */
    public SearchParams between(String fromDay, String toDay) {
        return new SearchParams(q, type, entityType, entity, tag, publisher, language, null, fromDay, toDay, sort,
                null, size);
    }

    /** The same search on another page. */
    public SearchParams onPage(int newPage) {
        return new SearchParams(q, type, entityType, entity, tag, publisher, language, year, from, to, sort,
                String.valueOf(newPage), size);
    }

    /** The same search without the filters (words and order kept). */
    public SearchParams withoutFilters() {
        return new SearchParams(q, null, null, null, null, null, null, null, null, null, sort, null, size);
    }

    /** The URL query string (without "?") that gives these parameters back; empty values left out. */
    public String queryString() {
        StringJoiner out = new StringJoiner("&");
        add(out, "q", q);
        add(out, "type", type);
        add(out, "entityType", entityType);
        entity.forEach(e -> add(out, "entity", e));
        tag.forEach(t -> add(out, "tag", t));
        add(out, "publisher", publisher);
        add(out, "language", language);
        add(out, "year", year);
        add(out, "from", from);
        add(out, "to", to);
        add(out, "sort", sort);
        add(out, "page", page);
        add(out, "size", size);
        return out.toString();
    }

    private static List<String> add(List<String> values, String value) {
        if (!values.contains(value)) {
            values.add(value);
        }
        return values;
    }

    private static void add(StringJoiner out, String name, String value) {
        if (value != null && !value.isBlank()) {
            out.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }

    private static SearchQuery.Sort sort(String value) {
        if (value == null || value.isBlank()) {
            return SearchQuery.Sort.RELEVANCE;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "relevance" -> SearchQuery.Sort.RELEVANCE;
            case "newest", "date" -> SearchQuery.Sort.NEWEST;
            case "oldest" -> SearchQuery.Sort.OLDEST;
            default -> throw new InvalidRequestException("\"sort\" is relevance, newest or oldest, not \""
                    + value + "\".");
        };
    }

    private static String upper(String value) {
        return value == null || value.isBlank() ? null : value.strip().toUpperCase(Locale.ROOT);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String one(Map<String, String[]> parameters, String name) {
        String[] values = parameters.get(name);
        return values == null || values.length == 0 ? null : values[0];
    }

    private static List<String> all(Map<String, String[]> parameters, String name) {
        String[] values = parameters.get(name);
        return values == null ? List.of() : List.of(values);
    }
}
