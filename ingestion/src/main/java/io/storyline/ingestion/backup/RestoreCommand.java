package io.storyline.ingestion.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Puts a backup back into a data folder, with the server stopped:
 * {@code mvn -B -o -q -pl ingestion -am package -DskipTests -Prestore -Dbackup=<backup folder> -Dstoryline.data.dir=<data folder>}.
 * It first checks every original in the backup against its SHA-256 and changes nothing if one fails; then it moves
 * the folder's database, originals and search index aside (into {@code before-restore-<time>/}, to be deleted by
 * hand once the restore is checked), unpacks the database and copies the originals in. The search index is rebuilt
 * when the server starts.
 */
public final class RestoreCommand {

    static final String DB = "db";
    static final String DATABASE_FILE = "storyline.mv.db";

    private final PrintStream out;

    public RestoreCommand(PrintStream out) {
        this.out = out;
    }

    public static void main(String[] args) {
        if (args.length != 2 || args[0].isBlank() || args[1].isBlank()) {
            System.err.println("Usage: RestoreCommand <backup folder> <data folder>   (README, \"Backup and restore\")");
            System.exit(2);
        }
        try {
            new RestoreCommand(System.out).restore(Path.of(args[0]), Path.of(args[1]));
        } catch (IOException | IllegalStateException e) {
            System.err.println("Restore failed: " + e.getMessage());
            System.exit(1);
        }
    }

    /** What a restore did. */
    public record Result(int originals, Path setAside) {
    }

    /**
     * @throws IllegalStateException when the backup is incomplete or damaged, or the server still runs on the folder:
     *                               nothing was changed
     */
    public Result restore(Path backup, Path data) throws IOException {
        Path from = backup.toAbsolutePath().normalize();
        Path to = data.toAbsolutePath().normalize();
        for (String part : List.of(BackupLayout.INFO, BackupLayout.DATABASE, BackupLayout.MANIFEST)) {
            if (!Files.isRegularFile(from.resolve(part))) {
                throw new IllegalStateException(from + " is not a complete backup: it has no " + part);
            }
        }
        Map<String, Path> originals = BackupLayout.manifest(from);
        out.println("Checking " + originals.size() + " original(s) in " + from + " against their SHA-256 ...");
        List<String> damaged = new ArrayList<>();
        for (Map.Entry<String, Path> original : originals.entrySet()) {
            if (!Files.isRegularFile(original.getValue())) {
                damaged.add(original.getKey() + " (missing)");
            } else if (!BackupLayout.sha256Of(original.getValue()).equals(original.getKey())) {
                damaged.add(original.getKey() + " (its bytes changed)");
            }
        }
        if (!damaged.isEmpty()) {
            throw new IllegalStateException(damaged.size() + " original(s) of the backup are damaged, nothing was"
                    + " restored: " + String.join(", ", damaged.subList(0, Math.min(10, damaged.size()))));
        }
        requireStopped(to.resolve(DB).resolve(DATABASE_FILE));

        Path aside = setAside(to);
        unzipDatabase(from.resolve(BackupLayout.DATABASE), Files.createDirectories(to.resolve(DB)));
        Path blobs = Files.createDirectories(to.resolve(BackupLayout.BLOBS));
        for (Map.Entry<String, Path> original : originals.entrySet()) {
            Path target = BackupLayout.blobPath(blobs, original.getKey());
            String copied = BackupLayout.copyHashed(original.getValue(), target);
            if (!copied.equals(original.getKey())) {
                throw new IOException("the copy of " + original.getKey() + " does not match it; the disk of " + to
                        + " is damaging data");
            }
            target.toFile().setReadOnly();
        }
        out.println("Restored the database and " + originals.size() + " original(s) into " + to + ".");
        if (aside != null) {
            out.println("What the folder held before is in " + aside + "; delete it once the archive is checked.");
        }
        out.println("Start the server: it rebuilds the search index. The settings in effect at backup time are in "
                + from.resolve(BackupLayout.SETTINGS) + ".");
        return new Result(originals.size(), aside);
    }

    /** A server running on the folder holds a lock on its database file. */
    private static void requireStopped(Path databaseFile) throws IOException {
        if (!Files.exists(databaseFile)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(databaseFile, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw new IllegalStateException("a server is running on " + databaseFile.getParent().getParent()
                        + " (its database is locked): stop it first; nothing was changed");
            }
            lock.release();
        } catch (OverlappingFileLockException e) {
            throw new IllegalStateException("this process has the database " + databaseFile + " open", e);
        }
    }

    /** Moves the database, originals and index out of the way; where to, or null when there was nothing. */
    private Path setAside(Path data) throws IOException {
        Path aside = data.resolve("before-restore-"
                + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        boolean moved = false;
        for (String part : List.of(DB, BackupLayout.BLOBS, "index")) {
            Path existing = data.resolve(part);
            if (Files.exists(existing)) {
                Files.createDirectories(aside);
                Files.move(existing, aside.resolve(part), StandardCopyOption.ATOMIC_MOVE);
                moved = true;
            }
        }
        return moved ? aside : null;
    }

    private static void unzipDatabase(Path zip, Path db) throws IOException {
        int files = 0;
        try (InputStream in = Files.newInputStream(zip); ZipInputStream entries = new ZipInputStream(in)) {
            ZipEntry entry;
            while ((entry = entries.getNextEntry()) != null) {
                if (entry.isDirectory()) {
                    continue;
                }
                // Only the file's own name: nothing in the archive can point outside the database folder.
                Path target = db.resolve(Path.of(entry.getName()).getFileName().toString());
                Files.copy(entries, target, StandardCopyOption.REPLACE_EXISTING);
                files++;
            }
        }
        if (!Files.isRegularFile(db.resolve(DATABASE_FILE))) {
            throw new IOException(zip + " held " + files + " file(s) but not " + DATABASE_FILE);
        }
    }
}
