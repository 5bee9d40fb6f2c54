package io.storyline.ingestion.backup.internal;

import io.storyline.ingestion.backup.BackupLayout;
import io.storyline.ingestion.backup.BackupRefusedException;
import io.storyline.ingestion.backup.BackupStatus;
import io.storyline.ingestion.backup.Backups;
import io.storyline.platform.config.DataDirectory;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Whether a backup runs on this server, how far it got and how the last one ended; starts one at a time. The work is
 * done by {@link BackupRunner}, which reports here.
 */
@Singleton
@Local(Backups.class)
@LocalBean
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BackupsBean implements Backups {

    public static final String DIR_KEY = "storyline.backup.dir";
    private static final Logger LOG = Logger.getLogger(BackupsBean.class.getName());
    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    @Inject
    DataDirectory dataDirectory;

    @Inject
    @ConfigProperty(name = DIR_KEY)
    Optional<String> configuredDir;

    @Inject
    BackupRunner runner;

    @Inject
    Clock clock;

    private volatile BackupStatus current;

    @Override
    public synchronized BackupStatus start(String user) {
        if (current != null && current.running()) {
            throw new BackupRefusedException("A backup started by " + current.startedBy() + " at "
                    + current.startedAt() + " is still running (" + current.percent() + "% of the originals copied).");
        }
        Instant now = clock.instant();
        Path root = root();
        String name = NAME.format(now);
        for (int n = 2; Files.exists(root.resolve(name)) || Files.exists(root.resolve(name + BackupLayout.PARTIAL)); n++) {
            name = NAME.format(now) + "-" + n;
        }
        Path folder = root.resolve(name);
        current = new BackupStatus(name, BackupStatus.State.RUNNING, user, now, null, "database", 0, 0, 0,
                folder.toString(), null);
        LOG.info(() -> "Backup " + folder + " started by " + user);
        runner.run(current, root.resolve(name + BackupLayout.PARTIAL), folder);
        return current;
    }

    @Override
    public Optional<BackupStatus> current() {
        return Optional.ofNullable(current);
    }

    @Override
    public List<String> completed() {
        Path root = root();
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> folders = Files.list(root)) {
            return folders.filter(f -> Files.isRegularFile(f.resolve(BackupLayout.INFO)))
                    .map(f -> f.getFileName().toString())
                    .filter(name -> !name.endsWith(BackupLayout.PARTIAL))
                    .sorted(Comparator.reverseOrder()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the backups in " + root, e);
        }
    }

    /** Called by the runner as it goes. */
    public void update(UnaryOperator<BackupStatus> change) {
        synchronized (this) {
            current = change.apply(current);
        }
    }

    /** Called by the runner when the backup ends. */
    public void finish(BackupStatus.State state, String message) {
        update(s -> s.end(state, clock.instant(), message));
        LOG.info(() -> "Backup " + current.name() + " " + state + ": " + message);
    }

    /** {@code storyline.backup.dir}, else {@code <data dir>/backups}. */
    public Path root() {
        return configuredDir.filter(d -> !d.isBlank())
                .map(d -> Path.of(d).toAbsolutePath().normalize())
                .orElseGet(() -> dataDirectory.root().resolve("backups"));
    }
}
