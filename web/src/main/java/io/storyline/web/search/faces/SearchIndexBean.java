package io.storyline.web.search.faces;

import io.storyline.analysis.AnalysisProblem;
import io.storyline.analysis.search.ArchiveSearch;
import io.storyline.analysis.search.IndexStatus;
import io.storyline.web.layout.Messages;
import io.storyline.web.search.SearchIndexing;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** The admin page of the search index: its state, and a re-index. (Under /admin: ADMIN only, by web.xml.) */
@Named
@RequestScoped
public class SearchIndexBean {

    @EJB
    ArchiveSearch search;

    @EJB
    SearchIndexing indexing;

    private IndexStatus status;

    public IndexStatus getStatus() {
        if (status == null) {
            status = search.status();
        }
        return status;
    }

    public void reindex() {
        try {
            status = indexing.reindex();
            Messages.info("Re-index started.");
        } catch (AnalysisProblem e) {
            Messages.error(e.getMessage());
        }
    }
}
