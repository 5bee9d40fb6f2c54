package io.storyline.ingestion.blob.internal;

import io.storyline.ingestion.blob.BlobStore;
import io.storyline.ingestion.blob.BlobTooLargeException;
import io.storyline.ingestion.blob.StoredBlob;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A blob store in a folder: {@code <root>/ab/cd/abcd…} for the blob whose SHA-256 starts with {@code abcd}.
 * Content is streamed to a temporary file in the same file system while it is hashed, synced, then moved
 * into place atomically; a blob, once there, is made read-only. Several writers of the same bytes at once
 * end with one blob.
 */
public class FileSystemBlobStore implements BlobStore {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final int BUFFER = 64 * 1024;

    private final Path root;
    private final Path incoming;

    public FileSystemBlobStore(Path root) throws IOException {
        this.root = Files.createDirectories(root).toRealPath();
        this.incoming = Files.createDirectories(this.root.resolve(".incoming"));
    }

    @Override
    public StoredBlob put(InputStream content, long maxBytes) throws IOException {
        Path temp = incoming.resolve(UUID.randomUUID() + ".part");
        try {
            MessageDigest digest = sha256();
            long size = copy(content, temp, digest, maxBytes);
            String sha = HexFormat.of().formatHex(digest.digest());
            Path target = pathOf(sha);
            if (Files.exists(target)) {
                return new StoredBlob(sha, size, true);
            }
            Files.createDirectories(target.getParent());
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException e) {
                // Another writer stored the same bytes a moment ago: theirs is identical to ours.
                if (!Files.exists(target)) {
                    throw e;
                }
                return new StoredBlob(sha, size, true);
            }
            syncDirectory(target.getParent());
            target.toFile().setReadOnly();
            return new StoredBlob(sha, size, false);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    @Override
    public InputStream open(String sha256) throws IOException {
        Path path = pathOf(requireSha(sha256));
        try {
            return Files.newInputStream(path);
        } catch (NoSuchFileException e) {
            throw new NoSuchFileException("no original stored under " + sha256);
        }
    }

    @Override
    public Path file(String sha256) throws IOException {
        Path path = pathOf(requireSha(sha256));
        if (!Files.isRegularFile(path)) {
            throw new NoSuchFileException("no original stored under " + sha256);
        }
        return path;
    }

    @Override
    public boolean contains(String sha256) {
        return Files.isRegularFile(pathOf(requireSha(sha256)));
    }

    /** Where the blob with this hash lives; the hash is checked, so nothing outside the root is reachable. */
    Path pathOf(String sha256) {
        String sha = requireSha(sha256);
        return root.resolve(sha.substring(0, 2)).resolve(sha.substring(2, 4)).resolve(sha);
    }

    private static long copy(InputStream in, Path temp, MessageDigest digest, long maxBytes) throws IOException {
        long size = 0;
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
             OutputStream out = Channels.newOutputStream(channel)) {
            byte[] buffer = new byte[BUFFER];
            int n;
            while ((n = in.read(buffer)) != -1) {
                size += n;
                if (size > maxBytes) {
                    throw new BlobTooLargeException(maxBytes);
                }
                digest.update(buffer, 0, n);
                out.write(buffer, 0, n);
            }
            out.flush();
            channel.force(true);
        }
        return size;
    }

    private static void syncDirectory(Path directory) {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // Some file systems cannot sync a directory; the file itself is synced already.
        }
    }

    private static String requireSha(String sha256) {
        String sha = sha256 == null ? "" : sha256.toLowerCase(Locale.ROOT);
        if (!SHA256.matcher(sha).matches()) {
            throw new IllegalArgumentException("not a SHA-256 in hex: " + sha256);
        }
        return sha;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
