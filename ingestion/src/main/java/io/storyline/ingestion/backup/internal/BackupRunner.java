package io.storyline.ingestion.backup.internal;

import io.storyline.ingestion.backup.BackupLayout;
import io.storyline.ingestion.backup.BackupStatus;
import io.storyline.ingestion.blob.BlobStore;
import io.storyline.platform.config.DataDirectory;
import io.storyline.platform.config.StorageSpace;
import io.storyline.platform.config.StorylineDatabase;
import jakarta.annotation.Resource;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Comparator;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * Makes one backup, off the caller's thread: the database first (H2's {@code BACKUP TO}, consistent and online),
 * then the originals (every one the database can refer to was stored before its row, so it is there), then the
 * settings and the backup's own description. It is written as {@code <name>.partial} and renamed when whole; a
 * backup that fails leaves nothing behind.
 */
@Stateless
@LocalBean
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BackupRunner {

    private static final Logger LOG = Logger.getLogger(BackupRunner.class.getName());

    @Resource(lookup = StorylineDatabase.JNDI_NAME)
    DataSource dataSource;

    @Inject
    DataDirectory dataDirectory;

    @Inject
    BackupsBean backups;

    @Inject
    Clock clock;

    @Asynchronous
    public void run(BackupStatus started, Path partial, Path folder) {
        try {
            Files.createDirectories(partial);
            String database = backUpDatabase(partial.resolve(BackupLayout.DATABASE));
            backups.update(s -> s.progress("originals", 0, 0, 0));
            OriginalsCopy.Result originals = OriginalsCopy.copy(dataDirectory.root().resolve(BlobStore.FOLDER), partial,
                    (done, total, bytes) -> backups.update(s -> s.progress("originals", done, total, bytes)));
            backups.update(s -> s.progress("settings", s.originalsDone(), s.originalsTotal(), s.bytesCopied()));
            BackupFiles.writeSettings(partial.resolve(BackupLayout.SETTINGS));
            BackupFiles.writeInfo(partial.resolve(BackupLayout.INFO), started, clock.instant(), database, originals);
            Files.move(partial, folder, StandardCopyOption.ATOMIC_MOVE);
            backups.finish(BackupStatus.State.COMPLETED, String.format(Locale.ROOT,
                    "backed up the database and %d original(s) (%.1f MB) to %s", originals.originals(),
                    originals.bytes() / 1048576.0, folder));
        } catch (IOException | SQLException | RuntimeException e) {
            LOG.log(Level.WARNING, "Backup " + started.name() + " failed", e);
            deleteQuietly(partial);
            String why = StorageSpace.isNoSpace(e) || StorageSpace.isNoSpace(e.getCause())
                    ? "the backup folder's disk is full (" + folder.getParent() + "); free space or set "
                            + BackupsBean.DIR_KEY + " to a larger disk"
                    : e.getMessage();
            backups.finish(BackupStatus.State.FAILED, "backup failed, nothing was kept: " + why);
        }
    }

    /** Copies the database into a ZIP file while it keeps working; the database's product name. */
    private String backUpDatabase(Path zip) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            String product = connection.getMetaData().getDatabaseProductName();
            if (!"H2".equalsIgnoreCase(product)) {
                throw new IllegalStateException("the database is " + product + ", not the embedded H2: back it up"
                        + " with its own tools (pg_dump for PostgreSQL) and copy the data folder's blobs/");
            }
            statement.execute("BACKUP TO '" + zip.toString().replace("'", "''") + "'");
            return product;
        }
    }

    private static void deleteQuietly(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Could not remove the unfinished backup " + folder + "; delete it by hand", e);
        }
    }
}
