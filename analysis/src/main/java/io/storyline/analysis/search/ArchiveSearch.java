package io.storyline.analysis.search;

import java.util.List;

/**
 * Full-text search of the archive with facets and highlighted snippets, saved searches, and the index's upkeep.
 * Problems are {@link io.storyline.analysis.AnalysisProblem}s (INVALID with what to change, NOT_FOUND, CONFLICT).
 */
public interface ArchiveSearch {

    SearchResults search(SearchQuery query);

    /**
     * The words of one document that a search's words match, as the document writes them (lowercased): what the
     * document page marks. Empty when the words are blank or match nothing in the document.
     */
    java.util.Set<String> matchedWords(long documentId, String text);

    /** The user's saved searches by name. */
    List<SavedSearchView> saved(String user);

    /** Keeps a search under a name (replacing the user's search of that name). */
    SavedSearchView save(String user, String name, String query);

    void deleteSaved(String user, long id);

    /** Starts rebuilding the index from the database (records first, then every document); CONFLICT if running. */
    IndexStatus reindex(String user);

    IndexStatus status();
}
