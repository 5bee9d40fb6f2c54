package io.storyline.web.audit;

import io.storyline.domain.audit.AuditFilter;
import io.storyline.web.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/** Exporting the audit log: ADMIN only, and the export is itself an entry of the log. */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class AuditExports {

    @Inject
    Audit audit;

    /** Records that the log {@code params} select is being exported; the filter to read it with. */
    public AuditFilter export(AuditParams params) {
        AuditFilter filter = params.filter();
        String query = params.queryString();
        audit.record(AuditAction.EXPORT, "audit log", query.isEmpty() ? "everything" : "filter " + query);
        return filter;
    }
}
