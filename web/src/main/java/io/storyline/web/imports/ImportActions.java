package io.storyline.web.imports;

import io.storyline.domain.imports.ImportJob;
import io.storyline.ingestion.bulk.BulkImports;
import io.storyline.web.audit.Audit;
import io.storyline.web.audit.AuditAction;
import io.storyline.web.security.Roles;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * Starting, stopping and resuming bulk imports from a server folder or ZIP, for the imports page, the ingestion
 * monitor and {@code /api/imports} alike: ADMIN only, audited the same from each ({@code from} names the page when
 * it is not the import's own).
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class ImportActions {

    @EJB
    BulkImports imports;

    @Inject
    Audit audit;

    @Resource
    SessionContext caller;

    public ImportJob start(String source, String publisher) {
        ImportJob job = imports.start(source, publisher, user());
        audit.record(AuditAction.IMPORT_START, "import " + job.id(), source);
        return job;
    }

    public ImportJob stop(long id, String from) {
        ImportJob job = imports.stop(id, user());
        audit.record(AuditAction.IMPORT_STOP, "import " + id, from);
        return job;
    }

    public ImportJob resume(long id, String from) {
        ImportJob job = imports.resume(id, user());
        audit.record(AuditAction.IMPORT_RESUME, "import " + id, from);
        return job;
    }

    private String user() {
        return caller.getCallerPrincipal().getName();
    }
}
