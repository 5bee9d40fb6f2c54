package io.storyline.analysis.search.internal;

import io.storyline.analysis.search.QuerySyntax;
import io.storyline.analysis.search.Snippets;
import io.storyline.analysis.search.Spelling;
import io.storyline.platform.search.SearchRecord;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.search.mapper.orm.session.SearchSession;

/**
 * "Did you mean ...": for each plain word of a search that no document holds, the closest word the archive does
 * hold, found with the index's fuzzy match on the fields as written and read back from the highlighter's marks. Only
 * Hibernate Search's own predicates and highlighter, so it works the same on Lucene and on Elasticsearch/OpenSearch.
 */
final class SpellingSuggester {

    /** A search with fewer hits than this may get a suggestion. */
    static final int FEW = 3;
    /** Words looked at in one search (each costs two small queries). */
    private static final int MAX_WORDS = 6;
    /** Documents whose marked words are read for candidates. */
    private static final int CANDIDATE_DOCUMENTS = 25;

    private SpellingSuggester() {
    }

    /** The typed words with misspelt ones replaced, when that finds more than {@code total}; else null. */
    static String suggest(SearchSession session, String typed, long total) {
        if (typed == null || typed.isBlank() || total >= FEW) {
            return null;
        }
        List<String> tokens = new ArrayList<>(QuerySyntax.tokens(typed.strip()));
        boolean changed = false;
        int looked = 0;
        for (int i = 0; i < tokens.size() && looked < MAX_WORDS; i++) {
            String word = tokens.get(i);
            if (!QuerySyntax.isPlainWord(word) || word.codePointCount(0, word.length()) < 3) {
                continue;
            }
            looked++;
            if (count(session, word) > 0) {
                continue;
            }
            String better = closest(session, word);
            if (better != null) {
                tokens.set(i, better);
                changed = true;
            }
        }
        if (!changed) {
            return null;
        }
        String suggestion = String.join(" ", tokens);
        return count(session, suggestion) > total ? suggestion : null;
    }

    private static long count(SearchSession session, String words) {
        return session.search(SearchRecord.class)
                .where(f -> f.simpleQueryString().fields(SearchRecord.TITLE, SearchRecord.TEXT)
                        .matching(QuerySyntax.toSimpleQuery(words))
                        .defaultOperator(org.hibernate.search.engine.search.common.BooleanOperator.AND))
                .fetchTotalHitCount();
    }

    private static String closest(SearchSession session, String word) {
        int edits = QuerySyntax.editsFor(word.codePointCount(0, word.length()));
        if (edits == 0) {
            return null;
        }
        List<List<?>> rows = session.search(SearchRecord.class)
                .select(f -> f.composite().from(f.highlight(SearchRecord.TEXT_EXACT),
                        f.highlight(SearchRecord.TITLE_EXACT)).asList())
                .where(f -> f.match().fields(SearchRecord.TITLE_EXACT, SearchRecord.TEXT_EXACT).matching(word)
                        .fuzzy(edits))
                .highlighter(f -> f.plain().tag(Snippets.OPEN, Snippets.CLOSE).fragmentSize(60)
                        .numberOfFragments(5))
                .fetchHits(CANDIDATE_DOCUMENTS);
        Map<String, Integer> documentsPerWord = new HashMap<>();
        for (List<?> row : rows) {
            java.util.Set<String> words = new java.util.HashSet<>();
            for (Object passages : row) {
                @SuppressWarnings("unchecked")
                List<String> list = (List<String>) passages;
                words.addAll(Snippets.markedWords(list));
            }
            words.forEach(w -> documentsPerWord.merge(w, 1, Integer::sum));
        }
        return Spelling.closest(word, documentsPerWord, edits);
    }
}
