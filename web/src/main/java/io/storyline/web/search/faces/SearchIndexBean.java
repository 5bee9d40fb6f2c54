package io.storyline.web.search.faces;

import io.storyline.analysis.AnalysisProblem;
import io.storyline.analysis.search.ArchiveSearch;
import io.storyline.analysis.search.IndexStatus;
import io.storyline.web.audit.Audit;
import io.storyline.web.audit.AuditAction;
import io.storyline.web.layout.Messages;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;

/** The admin page of the search index: its state, and a re-index. (Under /admin: ADMIN only, by web.xml.) */
@Named
@RequestScoped
public class SearchIndexBean {

    @EJB
    ArchiveSearch search;

    @Inject
    SecurityContext security;

    @Inject
    Audit audit;

    private IndexStatus status;

    public IndexStatus getStatus() {
        if (status == null) {
            status = search.status();
        }
        return status;
    }

    public void reindex() {
        if (!security.isCallerInRole("ADMIN")) {
            Messages.error("Only admins re-index.");
            return;
        }
        try {
            status = search.reindex(security.getCallerPrincipal().getName());
            audit.record(AuditAction.SEARCH_REINDEX, "search index", "re-index started");
            Messages.info("Re-index started.");
        } catch (AnalysisProblem e) {
            Messages.error(e.getMessage());
        }
    }
}
