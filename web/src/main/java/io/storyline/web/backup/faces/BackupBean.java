package io.storyline.web.backup.faces;

import io.storyline.ingestion.backup.BackupRefusedException;
import io.storyline.ingestion.backup.BackupStatus;
import io.storyline.web.backup.BackupActions;
import io.storyline.web.layout.Messages;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;

/** The admin page of backups: the running or last one, the complete ones, and a start. (Under /admin: ADMIN only.) */
@Named
@RequestScoped
public class BackupBean {

    @EJB
    BackupActions actions;

    private BackupStatus current;
    private List<String> completed;

    /** The running or last backup, or null. */
    public BackupStatus getCurrent() {
        if (current == null) {
            current = actions.current().orElse(null);
        }
        return current;
    }

    public boolean isRunning() {
        return getCurrent() != null && getCurrent().running();
    }

    public List<String> getCompleted() {
        if (completed == null) {
            completed = actions.completed();
        }
        return completed;
    }

    public void start() {
        try {
            current = actions.start();
            Messages.info("Backup " + current.name() + " started.");
        } catch (BackupRefusedException e) {
            Messages.error(e.getMessage());
        }
    }
}
