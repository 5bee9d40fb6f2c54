package io.storyline.web.search.faces;

import io.storyline.analysis.AnalysisProblem;
import io.storyline.analysis.search.ArchiveSearch;
import io.storyline.analysis.search.FacetValue;
import io.storyline.analysis.search.SavedSearchView;
import io.storyline.analysis.search.SearchResults;
import io.storyline.web.layout.Messages;
import io.storyline.web.layout.ScriptJson;
import io.storyline.web.rest.InvalidRequestException;
import io.storyline.web.search.SearchParams;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.security.enterprise.SecurityContext;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The search page. Its state is its URL (bookmarkable, shareable, what a saved search keeps): the bean reads the
 * request's parameters, asks {@link ArchiveSearch}, and offers links for facets, chips and pages.
 */
@Named
@RequestScoped
public class SearchBean {

    /** Facet names in page order, with their headings. */
    private static final Map<String, String> HEADINGS = new java.util.LinkedHashMap<>();

    static {
        HEADINGS.put("entity", "Entities");
        HEADINGS.put("entityType", "Entity types");
        HEADINGS.put("eventType", "Event types");
        HEADINGS.put("tag", "Tags");
        HEADINGS.put("publisher", "Publishers");
        HEADINGS.put("language", "Languages");
        HEADINGS.put("year", "Publication years");
    }

    @EJB
    ArchiveSearch search;

    @Inject
    SecurityContext security;

    private SearchParams params;
    private SearchResults results;
    private String problem;
    private String saveName;
    private String saveQuery;

    private SearchParams params() {
        if (params == null) {
            ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
            params = SearchParams.of(context.getRequestParameterValuesMap());
        }
        return params;
    }

    /** The hits, run once per request; null with {@link #getProblem()} when the parameters cannot be read. */
    public SearchResults getResults() {
        if (results == null && problem == null) {
            try {
                results = search.search(params().query());
            } catch (InvalidRequestException | AnalysisProblem e) {
                problem = e.getMessage();
            }
        }
        return results;
    }

    public String getProblem() {
        getResults();
        return problem;
    }

    public String getQ() {
        return params().q();
    }

    public String getSort() {
        return params().sort() == null ? "relevance" : params().sort();
    }

    /** The query string of this search (for saving and for the links below). */
    public String getQueryString() {
        return params().queryString();
    }

    /** The facets that have values, with their headings, in page order. */
    public List<FacetView> getFacets() {
        SearchResults r = getResults();
        List<FacetView> facets = new ArrayList<>();
        if (r == null) {
            return facets;
        }
        for (Map.Entry<String, String> h : HEADINGS.entrySet()) {
            List<FacetValue> values = r.facets().getOrDefault(h.getKey(), List.of());
            if (!values.isEmpty()) {
                facets.add(new FacetView(h.getKey(), h.getValue(), values.stream()
                        .map(v -> new FacetLink(v.label(), v.count(), params().with(h.getKey(), v.value())
                                .queryString(), chosen(h.getKey(), v.value()))).toList()));
            }
        }
        return facets;
    }

    /** The filters in force, each with the link that removes it. */
    public List<FacetLink> getChips() {
        SearchParams p = params();
        List<FacetLink> chips = new ArrayList<>();
        p.entity().forEach(e -> chips.add(chip("entity", e, "entity " + facetLabel("entity", e, "#" + e))));
        p.tag().forEach(t -> chips.add(chip("tag", t, "tag " + t)));
        addChip(chips, "eventType", p.type(), "event type ");
        addChip(chips, "entityType", p.entityType(), "entity type ");
        addChip(chips, "publisher", p.publisher(), "publisher ");
        addChip(chips, "language", p.language(), "language ");
        addChip(chips, "year", p.year(), "year ");
        addChip(chips, "from", p.from(), "from ");
        addChip(chips, "to", p.to(), "to ");
        return chips;
    }

    private void addChip(List<FacetLink> chips, String facet, String value, String prefix) {
        if (value != null && !value.isBlank()) {
            chips.add(chip(facet, value, prefix + facetLabel(facet, value, value)));
        }
    }

    private FacetLink chip(String facet, String value, String label) {
        return new FacetLink(label, 0, params().without(facet, value).queryString(), true);
    }

    /** What the facet calls a value (an entity's name, an event type's label), or {@code fallback}. */
    private String facetLabel(String facet, String value, String fallback) {
        SearchResults r = getResults();
        if (r != null) {
            for (FacetValue v : r.facets().getOrDefault(facet, List.of())) {
                if (v.value().equalsIgnoreCase(value)) {
                    return v.label();
                }
            }
        }
        return fallback;
    }

    private boolean chosen(String facet, String value) {
        SearchParams p = params();
        return switch (facet) {
            case "entity" -> p.entity().contains(value);
            case "tag" -> p.tag().contains(value);
            case "eventType" -> value.equalsIgnoreCase(String.valueOf(p.type()));
            case "entityType" -> value.equalsIgnoreCase(String.valueOf(p.entityType()));
            case "publisher" -> value.equals(p.publisher());
            case "language" -> value.equals(p.language());
            case "year" -> value.equals(p.year());
            default -> false;
        };
    }

    /** The order choices: label, value, whether chosen (as {@link FacetLink}s: label, -, value, chosen). */
    public List<FacetLink> getSortOptions() {
        String current = getSort().equals("date") ? "newest" : getSort();
        return List.of(new FacetLink("Relevance", 0, "relevance", current.equals("relevance")),
                new FacetLink("Newest first", 0, "newest", current.equals("newest")),
                new FacetLink("Oldest first", 0, "oldest", current.equals("oldest")));
    }

    /** The filters in force as name (label) and value (query), for hidden fields of the search form. */
    public List<FacetLink> getFilterFields() {
        SearchParams p = params();
        List<FacetLink> fields = new ArrayList<>();
        p.entity().forEach(e -> fields.add(new FacetLink("entity", 0, e, true)));
        p.tag().forEach(t -> fields.add(new FacetLink("tag", 0, t, true)));
        String[][] singles = {{"type", p.type()}, {"entityType", p.entityType()}, {"publisher", p.publisher()},
            {"language", p.language()}, {"year", p.year()}, {"from", p.from()}, {"to", p.to()},
            {"size", p.size()}};
        for (String[] single : singles) {
            if (single[1] != null && !single[1].isBlank()) {
                fields.add(new FacetLink(single[0], 0, single[1], true));
            }
        }
        return fields;
    }

    /** The number of the first hit shown (1-based). */
    public int getFirst() {
        SearchResults r = getResults();
        return r == null ? 1 : params().query().page() * params().query().size() + 1;
    }

    public int getPage() {
        SearchResults r = getResults();
        return r == null ? 0 : params().query().page();
    }

    public int getPages() {
        SearchResults r = getResults();
        if (r == null) {
            return 0;
        }
        int size = params().query().size();
        long reachable = Math.min(r.total(), io.storyline.analysis.search.SearchQuery.MAX_DEPTH);
        return (int) ((reachable + size - 1) / size);
    }

    public String pageLink(int page) {
        return params().onPage(page).queryString();
    }

    /**
     * Chart.js configuration of the search's top entities: built as JSON, names as data, never as code, and written
     * so that no name can end the script element it goes into ({@link ScriptJson}).
     */
    public String getEntityChart() {
        SearchResults r = getResults();
        if (r == null) {
            return null;
        }
        List<FacetValue> top = r.facets().getOrDefault("entity", List.of()).stream().limit(10).toList();
        if (top.isEmpty()) {
            return null;
        }
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder counts = Json.createArrayBuilder();
        top.forEach(v -> {
            labels.add(v.label());
            counts.add(v.count());
        });
        return ScriptJson.of(Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("label", "documents").add("data", counts)
                                .add("backgroundColor", "#3b6ea5"))))
                .add("options", Json.createObjectBuilder().add("indexAxis", "y").add("responsive", true)
                        .add("maintainAspectRatio", false)
                        .add("plugins", Json.createObjectBuilder().add("legend",
                                Json.createObjectBuilder().add("display", false))))
                .build());
    }

    /** The "Did you mean" words, or null. */
    public String getSuggestion() {
        SearchResults r = getResults();
        return r == null ? null : r.suggestion();
    }

    /** The query string that runs the suggested words with the same filters. */
    public String getSuggestionQuery() {
        String suggestion = getSuggestion();
        return suggestion == null ? null : params().withWords(suggestion).queryString();
    }

    /** The bars of the date histogram, each with the query string that narrows the search to its period. */
    public List<FacetLink> getHistogram() {
        SearchResults r = getResults();
        if (r == null) {
            return List.of();
        }
        return r.histogram().stream().map(b -> new FacetLink(b.label(), b.count(),
                params().between(b.from().toString(), b.to().toString()).queryString(), false)).toList();
    }

    /** Chart.js configuration of the date histogram (hits per month or year), or null without dated hits. */
    public String getDateChart() {
        SearchResults r = getResults();
        return r == null ? null : SearchDateChart.config(r.histogram());
    }

    public List<SavedSearchView> getSaved() {
        return search.saved(user());
    }

    public String getSaveName() {
        return saveName;
    }

    public void setSaveName(String saveName) {
        this.saveName = saveName;
    }

    public String getSaveQuery() {
        return saveQuery == null ? getQueryString() : saveQuery;
    }

    public void setSaveQuery(String saveQuery) {
        this.saveQuery = saveQuery;
    }

    /** Keeps this search under the name given, then shows it again. */
    public void save() throws IOException {
        try {
            SavedSearchView saved = search.save(user(), saveName, saveQuery);
            Messages.info("Saved search \"" + saved.name() + "\" kept.");
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            redirect(saved.query());
        } catch (AnalysisProblem e) {
            Messages.error(e.getMessage());
        }
    }

    public void deleteSaved(long id) throws IOException {
        try {
            search.deleteSaved(user(), id);
            Messages.info("Saved search deleted.");
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            redirect(saveQuery == null ? "" : saveQuery);
        } catch (AnalysisProblem e) {
            Messages.error(e.getMessage());
        }
    }

    private static void redirect(String query) throws IOException {
        ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
        context.redirect(context.getRequestContextPath() + "/search/index.xhtml"
                + (query == null || query.isBlank() ? "" : "?" + query));
    }

    private String user() {
        return security.getCallerPrincipal().getName();
    }

    /** A facet with its heading and values. */
    public record FacetView(String name, String heading, List<FacetLink> values) {
    }

    /** A value to click: its label, count, the query string it leads to, and whether it is in force. */
    public record FacetLink(String label, long count, String query, boolean chosen) {
    }
}
