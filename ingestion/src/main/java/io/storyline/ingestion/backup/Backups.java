package io.storyline.ingestion.backup;

import java.util.List;

/** Online backups of the archive, one at a time, run in the background. */
public interface Backups {

    /**
     * Starts a backup in the background and returns its state now.
     *
     * @throws BackupRefusedException when one runs already, or the database is not one this backup can copy
     */
    BackupStatus start(String user);

    /** The running backup, or the last one since the server started; empty when there was none. */
    java.util.Optional<BackupStatus> current();

    /** The complete backups in the backup folder, newest first (folder names, which are their start times). */
    List<String> completed();
}
