package io.storyline.web.backup;

import io.storyline.ingestion.backup.BackupStatus;
import io.storyline.ingestion.backup.Backups;
import io.storyline.web.audit.Audit;
import io.storyline.web.audit.AuditAction;
import io.storyline.web.security.Roles;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/** Backups for the backup page and {@code /api/backups} alike: ADMIN only, a started backup audited. */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class BackupActions {

    @EJB
    Backups backups;

    @Inject
    Audit audit;

    @Resource
    SessionContext caller;

    /** Starts a backup in the background; its state now. */
    public BackupStatus start() {
        BackupStatus status = backups.start(caller.getCallerPrincipal().getName());
        audit.record(AuditAction.BACKUP_START, "backup " + status.name(), "to " + status.folder());
        return status;
    }

    /** The running backup, or the last one since the server started. */
    public Optional<BackupStatus> current() {
        return backups.current();
    }

    /** The complete backups in the backup folder, newest first. */
    public List<String> completed() {
        return backups.completed();
    }
}
