package io.storyline.web.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storyline.analysis.search.SearchQuery;
import io.storyline.web.rest.InvalidRequestException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SearchParamsTest {

    private static SearchParams params(String q) {
        return new SearchParams(q, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    @Test
    void readsEveryFilterFromTheRequest() {
        SearchParams p = SearchParams.of(Map.of("q", new String[] {"ceasefire"}, "entity", new String[] {"4", "9"},
                "tag", new String[] {" Gaza  War "}, "type", new String[] {"meeting"}, "year", new String[] {"2024"},
                "from", new String[] {"2024-01-01"}, "sort", new String[] {"date"}, "page", new String[] {"2"}));
        SearchQuery query = p.query();
        assertEquals("ceasefire", query.text());
        assertEquals(List.of(4L, 9L), query.entities());
        assertEquals(List.of("gaza war"), query.tags(), "tags are canonical");
        assertEquals("MEETING", query.eventType());
        assertEquals(2024, query.year());
        assertEquals(LocalDate.of(2024, 1, 1), query.from());
        assertEquals(SearchQuery.Sort.NEWEST, query.sort());
        assertEquals(2, query.page());
        assertEquals(SearchParams.DEFAULT_SIZE, query.size());
    }

    @Test
    void facetLinksAddAndChipsRemoveFiltersFromTheFirstPage() {
        SearchParams p = params("a b").onPage(3);
        SearchParams narrowed = p.with("entity", "7").with("tag", "gaza");
        assertEquals("q=a+b&entity=7&tag=gaza", narrowed.queryString());
        assertEquals("q=a+b&tag=gaza", narrowed.without("entity", "7").queryString());
        assertEquals("q=a+b&entity=7", narrowed.without("tag", "gaza").queryString());
        assertEquals(narrowed, narrowed.with("entity", "7"), "a value already chosen is not added twice");
    }

    @Test
    void queryStringsAreEncodedSoValuesCannotBreakOut() {
        String query = params("\"x\" & y=<z>").with("publisher", "A&B").queryString();
        assertEquals("q=%22x%22+%26+y%3D%3Cz%3E&publisher=A%26B", query);
        assertTrue(SearchParams.of(Map.of("q", new String[] {"&"})).queryString().equals("q=%26"));
    }

    @Test
    void unreadableParametersAreRefusedNamingTheParameter() {
        InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> new SearchParams(null, null,
                null, List.of("x"), null, null, null, null, null, null, null, null, null).query());
        assertTrue(e.getMessage().contains("entity"), e.getMessage());
        assertThrows(InvalidRequestException.class, () -> new SearchParams(null, null, null, null, null, null, null,
                null, "2024-13-01", null, null, null, null).query());
        assertThrows(InvalidRequestException.class, () -> new SearchParams(null, null, null, null, null, null, null,
                null, null, null, "sideways", null, null).query());
        assertThrows(InvalidRequestException.class, () -> new SearchParams(null, null, null, null, List.of("<b>"),
                null, null, null, null, null, null, null, null).query());
    }

    @Test
    void aSuggestionKeepsTheFiltersAndAPeriodReplacesTheYear() {
        SearchParams p = new SearchParams("protset", "PROTEST", null, List.of("7"), List.of("gaza"), null, null,
                "2024", null, null, "newest", "3", null);
        assertEquals("q=protest&type=PROTEST&entity=7&tag=gaza&year=2024&sort=newest",
                p.withWords("protest").queryString());
        SearchParams march = p.between("2024-03-01", "2024-03-31");
        assertEquals("q=protset&type=PROTEST&entity=7&tag=gaza&from=2024-03-01&to=2024-03-31&sort=newest",
                march.queryString());
        assertEquals(LocalDate.of(2024, 3, 31), march.query().to());
    }
}
