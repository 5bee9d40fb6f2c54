package io.storyline.ingestion.backup.internal;

import io.storyline.ingestion.backup.BackupLayout;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Copies every original of a blob folder into a backup, checking each one's bytes against the SHA-256 it is stored
 * under, and writes the manifest. Originals are never changed once stored, so copying them while uploads go on is
 * safe: what the database backup (taken before) refers to is already there; what arrives meanwhile is copied or not,
 * and harmless either way.
 */
final class OriginalsCopy {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    /** Told after each original. */
    interface Progress {
        void copied(long done, long total, long bytes);
    }

    /** What was copied. */
    record Result(long originals, long bytes) {
    }

    private OriginalsCopy() {
    }

    /**
     * @throws IOException when an original cannot be read or written, or its bytes no longer match its name (the
     *                     message names it: the blob store is damaged and the backup is not to be trusted)
     */
    static Result copy(Path blobRoot, Path backup, Progress progress) throws IOException {
        List<Path> originals = list(blobRoot);
        Path target = Files.createDirectories(backup.resolve(BackupLayout.BLOBS));
        long done = 0;
        long bytes = 0;
        try (Writer manifest = Files.newBufferedWriter(backup.resolve(BackupLayout.MANIFEST), StandardCharsets.US_ASCII)) {
            for (Path original : originals) {
                String sha = original.getFileName().toString();
                String copied = BackupLayout.copyHashed(original, BackupLayout.blobPath(target, sha));
                if (!copied.equals(sha)) {
                    throw new IOException("the original " + sha + " in the blob store no longer has the bytes it was"
                            + " stored with (their SHA-256 is " + copied + "): the disk is damaging data");
                }
                manifest.write(BackupLayout.manifestLine(sha));
                manifest.write('\n');
                done++;
                bytes += Files.size(original);
                progress.copied(done, originals.size(), bytes);
            }
        }
        return new Result(done, bytes);
    }

    /** The originals now in the blob folder ({@code ab/cd/sha256}; the folder of uploads in flight is left out). */
    static List<Path> list(Path blobRoot) throws IOException {
        if (!Files.isDirectory(blobRoot)) {
            return List.of();
        }
        try (Stream<Path> files = Files.find(blobRoot, 3, (path, attributes) -> attributes.isRegularFile()
                && SHA256.matcher(path.getFileName().toString()).matches()
                && blobRoot.relativize(path).getNameCount() == 3)) {
            return files.sorted().toList();
        }
    }
}
