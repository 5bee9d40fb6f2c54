package io.storyline.web.search;

import io.storyline.analysis.search.ArchiveSearch;
import io.storyline.analysis.search.IndexStatus;
import io.storyline.web.audit.Audit;
import io.storyline.web.audit.AuditAction;
import io.storyline.web.security.Roles;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/** Re-indexing the archive, for the search index page and {@code POST /api/search/index} alike: admins only, audited. */
@Stateless
public class SearchIndexing {

    @EJB
    ArchiveSearch search;

    @Inject
    Audit audit;

    @Resource
    SessionContext caller;

    /** Starts rebuilding the index from the database in the background; its state now. */
    @RolesAllowed(Roles.ADMIN)
    public IndexStatus reindex() {
        IndexStatus status = search.reindex(caller.getCallerPrincipal().getName());
        audit.record(AuditAction.SEARCH_REINDEX, "search index", "re-index started");
        return status;
    }
}
