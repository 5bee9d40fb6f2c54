package io.storyline.ingestion.backup.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storyline.ingestion.backup.BackupLayout;
import io.storyline.ingestion.backup.RestoreCommand;
import io.storyline.ingestion.blob.StoredBlob;
import io.storyline.ingestion.blob.internal.FileSystemBlobStore;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Originals copied into a backup with their manifest, and a restore that checks them before it changes anything. */
class BackupAndRestoreTest {

    @TempDir
    Path dir;

    @Test
    void theOriginalsComeBackByteForByteAndWhatWasThereIsSetAside() throws IOException {
        Path data = dir.resolve("data");
        FileSystemBlobStore store = new FileSystemBlobStore(data.resolve("blobs"));
        List<StoredBlob> blobs = new ArrayList<>();
        for (String text : List.of("first dispatch", "second dispatch", "a third, longer dispatch")) {
            blobs.add(store.put(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), 1000));
        }
        Files.writeString(data.resolve("blobs/.incoming/upload-in-flight.part"), "half an upload");
        List<long[]> progress = new ArrayList<>();
        Path backup = backupOf(data, (done, total, bytes) -> progress.add(new long[] {done, total, bytes}));

        Map<String, Path> manifest = BackupLayout.manifest(backup);
        assertEquals(blobs.stream().map(StoredBlob::sha256).sorted().toList(), manifest.keySet().stream().sorted().toList());
        assertEquals(3, progress.size());
        assertEquals(3, progress.get(2)[0]);
        assertEquals(3, progress.get(2)[1]);
        assertEquals(14 + 15 + 24, progress.get(2)[2]);
        String firstLine = Files.readAllLines(backup.resolve(BackupLayout.MANIFEST)).get(0);
        assertTrue(firstLine.matches("[0-9a-f]{64}  blobs/[0-9a-f]{2}/[0-9a-f]{2}/[0-9a-f]{64}"), firstLine);

        Files.writeString(data.resolve("index-marker"), "kept");
        RestoreCommand.Result result = new RestoreCommand(quiet()).restore(backup, data);

        assertEquals(3, result.originals());
        FileSystemBlobStore restored = new FileSystemBlobStore(data.resolve("blobs"));
        for (StoredBlob blob : blobs) {
            assertArrayEquals(Files.readAllBytes(result.setAside().resolve("blobs").resolve(relative(blob.sha256()))),
                    restored.open(blob.sha256()).readAllBytes());
        }
        assertEquals("the database", Files.readString(data.resolve("db/storyline.mv.db")));
        assertEquals("the old database", Files.readString(result.setAside().resolve("db/storyline.mv.db")));
        assertEquals("kept", Files.readString(data.resolve("index-marker")), "only db, blobs and index are moved");
    }

    @Test
    void aDamagedOriginalInTheBackupStopsTheRestoreBeforeAnythingChanges() throws IOException {
        Path data = dir.resolve("data");
        FileSystemBlobStore store = new FileSystemBlobStore(data.resolve("blobs"));
        StoredBlob blob = store.put(new ByteArrayInputStream("the only dispatch".getBytes(StandardCharsets.UTF_8)), 1000);
        Path backup = backupOf(data, (done, total, bytes) -> { });
        Path copy = BackupLayout.manifest(backup).get(blob.sha256());
        Files.writeString(copy, "the only dispatcj");

        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new RestoreCommand(quiet()).restore(backup, data));

        assertTrue(e.getMessage().contains(blob.sha256() + " (its bytes changed)"), e.getMessage());
        assertEquals("the old database", Files.readString(data.resolve("db/storyline.mv.db")), "nothing changed");
    }

    @Test
    void aFolderWithoutItsDescriptionIsNoBackup() throws IOException {
        Path half = Files.createDirectories(dir.resolve("20261208-031500.partial"));
        Files.writeString(half.resolve(BackupLayout.MANIFEST), "");
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new RestoreCommand(quiet()).restore(half, dir.resolve("data")));
        assertTrue(e.getMessage().contains("is not a complete backup: it has no backup.properties"), e.getMessage());
    }

    @Test
    void anOriginalWhoseBytesNoLongerMatchItsNameFailsTheBackup() throws IOException {
        Path data = dir.resolve("data");
        FileSystemBlobStore store = new FileSystemBlobStore(data.resolve("blobs"));
        StoredBlob blob = store.put(new ByteArrayInputStream("bit rot ahead".getBytes(StandardCharsets.UTF_8)), 1000);
        Path stored = data.resolve("blobs").resolve(relative(blob.sha256()));
        stored.toFile().setWritable(true);
        Files.writeString(stored, "bit rot ahaed");

        IOException e = assertThrows(IOException.class, () -> OriginalsCopy.copy(data.resolve("blobs"),
                Files.createDirectories(dir.resolve("backup")), (done, total, bytes) -> { }));
        assertTrue(e.getMessage().startsWith("the original " + blob.sha256() + " in the blob store no longer has"),
                e.getMessage());
    }

    /** A backup as the runner writes it, with a stand-in for H2's database ZIP. */
    private Path backupOf(Path data, OriginalsCopy.Progress progress) throws IOException {
        Files.createDirectories(data.resolve("db"));
        Files.writeString(data.resolve("db/storyline.mv.db"), "the old database");
        Path backup = Files.createDirectories(dir.resolve("backups/20261208-031500"));
        OriginalsCopy.copy(data.resolve("blobs"), backup, progress);
        try (OutputStream out = Files.newOutputStream(backup.resolve(BackupLayout.DATABASE));
             ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("storyline.mv.db"));
            zip.write("the database".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        Files.writeString(backup.resolve(BackupLayout.INFO), "name=20261208-031500\n");
        return backup;
    }

    private static Path relative(String sha) {
        return Path.of(sha.substring(0, 2), sha.substring(2, 4), sha);
    }

    private static PrintStream quiet() {
        return new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    }
}
