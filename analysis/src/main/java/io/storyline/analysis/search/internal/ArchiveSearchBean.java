package io.storyline.analysis.search.internal;

import io.storyline.analysis.AnalysisProblem;
import io.storyline.analysis.search.ArchiveSearch;
import io.storyline.analysis.search.DateHistogram;
import io.storyline.analysis.search.FacetValue;
import io.storyline.analysis.search.IndexStatus;
import io.storyline.analysis.search.QuerySyntax;
import io.storyline.analysis.search.SavedSearchView;
import io.storyline.analysis.search.SearchHit;
import io.storyline.analysis.search.SearchQuery;
import io.storyline.analysis.search.SearchResults;
import io.storyline.analysis.search.Snippets;
import io.storyline.domain.event.EventType;
import io.storyline.domain.event.EventTypeRepository;
import io.storyline.domain.search.SavedSearch;
import io.storyline.domain.search.SavedSearchRepository;
import io.storyline.platform.search.SearchRecord;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.predicate.dsl.SimpleBooleanPredicateClausesCollector;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;

/** {@link ArchiveSearch} on Hibernate Search, in the caller's transaction. */
@Stateless
@Local(ArchiveSearch.class)
public class ArchiveSearchBean implements ArchiveSearch {

    static final int MAX_SAVED = 100;
    private static final int SNIPPET_FRAGMENT = 160;
    /** Publication months counted for the date histogram (a century). */
    private static final int MAX_MONTHS = 1200;
    /** The document page asks for many short passages, to learn every form of the words matched. */
    private static final int MATCH_FRAGMENT = 40;
    private static final int MATCH_FRAGMENTS = 500;

    /** Facet name, index field, how many values to show. */
    private static final List<String[]> FACETS = List.of(
            new String[] {"entity", SearchRecord.ENTITY, "15"},
            new String[] {"entityType", SearchRecord.ENTITY_TYPE, "10"},
            new String[] {"eventType", SearchRecord.EVENT_TYPE, "25"},
            new String[] {"tag", SearchRecord.TAG, "20"},
            new String[] {"publisher", SearchRecord.PUBLISHER, "15"},
            new String[] {"language", SearchRecord.LANGUAGE, "10"},
            new String[] {"year", SearchRecord.YEAR, "30"});

    @PersistenceContext(unitName = "storyline")
    EntityManager em;

    @Inject
    SavedSearchRepository savedSearches;

    @Inject
    EventTypeRepository eventTypes;

    @Inject
    SearchIndexJob indexJob;

    @Inject
    Clock clock;

    @Override
    public SearchResults search(SearchQuery query) {
        long start = System.nanoTime();
        SearchSession session = Search.session(em);
        Map<String, AggregationKey<? extends Map<?, Long>>> keys = new LinkedHashMap<>();
        var options = session.search(SearchRecord.class)
                .select(f -> f.composite().from(f.id(Long.class), f.field(SearchRecord.TITLE, String.class),
                        f.field(SearchRecord.PUBLISHED, LocalDate.class), f.highlight(SearchRecord.TEXT),
                        f.score()).asList())
                .where((f, root) -> predicates(f, root, query))
                .sort(f -> switch (query.sort()) {
                    case NEWEST -> f.field(SearchRecord.PUBLISHED).desc().missing().last()
                            .then().field(SearchRecord.UPLOADED_AT).desc();
                    case OLDEST -> f.field(SearchRecord.PUBLISHED).asc().missing().last()
                            .then().field(SearchRecord.UPLOADED_AT).asc();
                    case RELEVANCE -> f.score().then().field(SearchRecord.PUBLISHED).desc().missing().last();
                })
                .highlighter(f -> f.plain().tag(Snippets.OPEN, Snippets.CLOSE).fragmentSize(SNIPPET_FRAGMENT)
                        .numberOfFragments(2).noMatchSize(SNIPPET_FRAGMENT));
        for (String[] facet : FACETS) {
            int max = Integer.parseInt(facet[2]);
            if (facet[1].equals(SearchRecord.YEAR)) {
                AggregationKey<Map<Integer, Long>> key = AggregationKey.of(facet[0]);
                options = options.aggregation(key, f -> f.terms().field(facet[1], Integer.class)
                        .orderByTermDescending().maxTermCount(max));
                keys.put(facet[0], key);
            } else {
                AggregationKey<Map<String, Long>> key = AggregationKey.of(facet[0]);
                options = options.aggregation(key, f -> f.terms().field(facet[1], String.class).maxTermCount(max));
                keys.put(facet[0], key);
            }
        }
        AggregationKey<Map<Integer, Long>> monthKey = AggregationKey.of("month");
        options = options.aggregation(monthKey, f -> f.terms().field(SearchRecord.MONTH, Integer.class)
                .maxTermCount(MAX_MONTHS));
        SearchResult<List<?>> result;
        try {
            result = options.fetch(query.page() * query.size(), query.size());
        } catch (RuntimeException e) {
            if (tooManyClauses(e)) {
                throw AnalysisProblem.invalid("This search stands for too many words at once: each fuzzy~ word and"
                        + " prefix* stands for every word it matches. Use fewer of them, or longer prefixes.");
            }
            throw e;
        }
        List<SearchHit> hits = new ArrayList<>();
        for (List<?> row : result.hits()) {
            @SuppressWarnings("unchecked")
            List<String> textPassages = (List<String>) row.get(3);
            hits.add(new SearchHit((Long) row.get(0), (String) row.get(1), (LocalDate) row.get(2),
                    Snippets.toHtml(textPassages), row.get(4) == null ? 0f : (Float) row.get(4)));
        }
        Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
        for (Map.Entry<String, AggregationKey<? extends Map<?, Long>>> e : keys.entrySet()) {
            Map<?, Long> counts = result.aggregation(e.getValue());
            facets.put(e.getKey(), counts.entrySet().stream()
                    .map(c -> new FacetValue(String.valueOf(c.getKey()), String.valueOf(c.getKey()), c.getValue()))
                    .toList());
        }
        facets.put("entity", labelEntities(facets.get("entity")));
        facets.put("eventType", labelEventTypes(facets.get("eventType")));
        long total = result.total().hitCount();
        String suggestion = query.hasText() ? SpellingSuggester.suggest(session, query.text(), total) : null;
        return new SearchResults(hits, total, facets, DateHistogram.of(result.aggregation(monthKey)), suggestion,
                (System.nanoTime() - start) / 1_000_000);
    }

    @Override
    public Set<String> matchedWords(long documentId, String text) {
        if (text == null || text.isBlank() || text.length() > SearchQuery.MAX_TEXT) {
            return Set.of();
        }
        try {
            List<List<String>> passages = Search.session(em).search(SearchRecord.class)
                    .select(f -> f.composite().from(f.highlight(SearchRecord.TEXT), f.highlight(SearchRecord.TITLE))
                            .as((body, title) -> {
                                List<String> all = new ArrayList<>(body);
                                all.addAll(title);
                                return all;
                            }))
                    .where((f, root) -> {
                        root.add(f.id().matching(documentId));
                        words(f, root, text);
                    })
                    .highlighter(f -> f.plain().tag(Snippets.OPEN, Snippets.CLOSE).fragmentSize(MATCH_FRAGMENT)
                            .numberOfFragments(MATCH_FRAGMENTS))
                    .fetchHits(1);
            return passages.isEmpty() ? Set.of() : Snippets.markedWords(passages.get(0));
        } catch (RuntimeException e) {
            if (tooManyClauses(e)) {
                return Set.of();
            }
            throw e;
        }
    }

    /**
     * Lucene's {@code IndexSearcher.TooManyClauses}, anywhere in the causes. Named, not caught by type: Lucene is
     * the server's module, reached through Hibernate Search, and not on this module's compile path.
     */
    static boolean tooManyClauses(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            for (Class<?> type = c.getClass(); type != null; type = type.getSuperclass()) {
                if (type.getName().equals("org.apache.lucene.search.IndexSearcher$TooManyClauses")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void predicates(SearchPredicateFactory f, SimpleBooleanPredicateClausesCollector<?> root,
                                   SearchQuery query) {
        if (query.hasText()) {
            words(f, root, query.text());
        } else {
            root.add(f.matchAll());
        }
        for (Long entity : query.entities()) {
            root.add(f.match().field(SearchRecord.ENTITY).matching(String.valueOf(entity)));
        }
        for (String tag : query.tags()) {
            root.add(f.match().field(SearchRecord.TAG).matching(tag));
        }
        matchIfGiven(f, root, SearchRecord.ENTITY_TYPE, query.entityType());
        matchIfGiven(f, root, SearchRecord.EVENT_TYPE, query.eventType());
        matchIfGiven(f, root, SearchRecord.PUBLISHER, query.publisher());
        matchIfGiven(f, root, SearchRecord.LANGUAGE, query.language());
        if (query.year() != null) {
            root.add(f.match().field(SearchRecord.YEAR).matching(query.year()));
        }
        if (query.from() != null || query.to() != null) {
            root.add(f.range().field(SearchRecord.PUBLISHED).between(query.from(), query.to()));
        }
    }

    /**
     * The typed words, English-stemmed, on title and text; quoted phrases of an all-required query must also stand
     * as written (the fields without stemming), so {@code "protests"} does not find "protest".
     */
    private static void words(SearchPredicateFactory f, SimpleBooleanPredicateClausesCollector<?> root, String text) {
        root.add(f.simpleQueryString().field(SearchRecord.TITLE).boost(2f).field(SearchRecord.TEXT)
                .matching(QuerySyntax.toSimpleQuery(text)).defaultOperator(BooleanOperator.AND));
        for (String phrase : QuerySyntax.requiredPhrases(text)) {
            root.add(f.phrase().fields(SearchRecord.TITLE_EXACT, SearchRecord.TEXT_EXACT).matching(phrase));
        }
    }

    private static void matchIfGiven(SearchPredicateFactory f, SimpleBooleanPredicateClausesCollector<?> root,
                                     String field, String value) {
        if (value != null && !value.isBlank()) {
            root.add(f.match().field(field).matching(value.strip()));
        }
    }

    private List<FacetValue> labelEntities(List<FacetValue> values) {
        if (values == null || values.isEmpty()) {
            return List.of();
        }
        List<Long> ids = values.stream().map(v -> Long.valueOf(v.value())).toList();
        Map<String, String> names = new HashMap<>();
        for (Object[] row : em.createQuery("select e.id, e.name, e.type from NamedEntity e where e.id in :ids",
                Object[].class).setParameter("ids", ids).getResultList()) {
            names.put(String.valueOf(row[0]), row[1] + " (" + row[2] + ")");
        }
        return values.stream().filter(v -> names.containsKey(v.value()))
                .map(v -> new FacetValue(v.value(), names.get(v.value()), v.count())).toList();
    }

    private List<FacetValue> labelEventTypes(List<FacetValue> values) {
        if (values == null || values.isEmpty()) {
            return List.of();
        }
        Map<String, String> names = eventTypes.all().stream()
                .collect(Collectors.toMap(EventType::code, EventType::name, (a, b) -> a));
        return values.stream().map(v -> new FacetValue(v.value(), names.getOrDefault(v.value(), v.value()),
                v.count())).toList();
    }

    @Override
    public List<SavedSearchView> saved(String user) {
        return savedSearches.of(user).stream().map(ArchiveSearchBean::view).toList();
    }

    @Override
    public SavedSearchView save(String user, String name, String query) {
        String cleanName = name == null ? "" : name.strip();
        if (cleanName.isEmpty() || cleanName.length() > SavedSearch.MAX_NAME) {
            throw AnalysisProblem.invalid("a saved search needs a name of 1 to " + SavedSearch.MAX_NAME
                    + " characters");
        }
        String cleanQuery = query == null ? "" : query.strip();
        if (cleanQuery.startsWith("?")) {
            cleanQuery = cleanQuery.substring(1);
        }
        if (cleanQuery.length() > SavedSearch.MAX_QUERY) {
            throw AnalysisProblem.invalid("a saved search's query has at most " + SavedSearch.MAX_QUERY
                    + " characters");
        }
        savedSearches.findByName(user, cleanName).ifPresent(old -> {
            savedSearches.delete(old);
            em.flush();
        });
        if (savedSearches.of(user).size() >= MAX_SAVED) {
            throw AnalysisProblem.conflict("you keep " + MAX_SAVED + " saved searches already; delete one first");
        }
        SavedSearch search = new SavedSearch(user, cleanName, cleanQuery, clock.instant());
        savedSearches.save(search);
        em.flush();
        return view(search);
    }

    @Override
    public void deleteSaved(String user, long id) {
        SavedSearch search = savedSearches.find(user, id)
                .orElseThrow(() -> AnalysisProblem.notFound("you have no saved search " + id));
        savedSearches.delete(search);
    }

    @Override
    public IndexStatus reindex(String user) {
        return indexJob.start(user);
    }

    @Override
    public IndexStatus status() {
        return indexJob.status();
    }

    private static SavedSearchView view(SavedSearch s) {
        return new SavedSearchView(s.id(), s.name(), s.query(), s.createdAt());
    }
}
