package io.storyline.ingestion.blob.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storyline.ingestion.blob.BlobTooLargeException;
import io.storyline.ingestion.blob.StoredBlob;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSystemBlobStoreTest {

    @TempDir
    Path root;

    @Test
    void anOriginalComesBackByteForByteUnderItsSha256() throws IOException {
        FileSystemBlobStore store = new FileSystemBlobStore(root);
        byte[] bytes = "Blinken meets Netanyahu in occupied al-Quds".getBytes(StandardCharsets.UTF_8);

        StoredBlob blob = store.put(new ByteArrayInputStream(bytes), 1_000);

        assertEquals(sha256Hex(bytes), blob.sha256());
        assertEquals(bytes.length, blob.size());
        assertFalse(blob.alreadyPresent());
        try (InputStream in = store.open(blob.sha256())) {
            assertArrayEquals(bytes, in.readAllBytes());
        }
        Path stored = store.pathOf(blob.sha256());
        assertEquals(root.toRealPath().resolve(blob.sha256().substring(0, 2)), stored.getParent().getParent());
        assertFalse(Files.getPosixFilePermissions(stored).contains(java.nio.file.attribute.PosixFilePermission.OWNER_WRITE),
                "an original is read-only once stored");
    }

    @Test
    void theSameBytesTwiceAreStoredOnce() throws IOException {
        FileSystemBlobStore store = new FileSystemBlobStore(root);
        byte[] bytes = randomBytes(200_000);

        StoredBlob first = store.put(new ByteArrayInputStream(bytes), 1_000_000);
        StoredBlob second = store.put(new ByteArrayInputStream(bytes), 1_000_000);

        assertEquals(first.sha256(), second.sha256());
        assertTrue(second.alreadyPresent());
        assertEquals(1, countBlobs());
    }

    @Test
    void eightWritersOfTheSameBytesAtOnceEndWithOneIntactBlob() throws Exception {
        FileSystemBlobStore store = new FileSystemBlobStore(root);
        byte[] bytes = randomBytes(2_000_000);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<StoredBlob>> writers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                writers.add(() -> store.put(new ByteArrayInputStream(bytes), 10_000_000));
            }
            List<String> hashes = new ArrayList<>();
            for (Future<StoredBlob> result : pool.invokeAll(writers)) {
                hashes.add(result.get().sha256());
            }
            assertEquals(1, hashes.stream().distinct().count());
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, countBlobs());
        try (InputStream in = store.open(sha256Hex(bytes))) {
            assertArrayEquals(bytes, in.readAllBytes());
        }
    }

    @Test
    void tooLargeContentIsRefusedAndLeavesNothingBehind() throws IOException {
        FileSystemBlobStore store = new FileSystemBlobStore(root);

        BlobTooLargeException e = assertThrows(BlobTooLargeException.class,
                () -> store.put(new ByteArrayInputStream(randomBytes(5_000)), 4_096));

        assertEquals(4_096, e.limit());
        assertEquals(0, countBlobs());
        try (Stream<Path> incoming = Files.list(root.resolve(".incoming"))) {
            assertEquals(0, incoming.count(), "no partial file is left");
        }
    }

    @Test
    void anEmptyFileIsAnOriginalToo() throws IOException {
        FileSystemBlobStore store = new FileSystemBlobStore(root);

        StoredBlob blob = store.put(InputStream.nullInputStream(), 10);

        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", blob.sha256());
        assertTrue(store.contains(blob.sha256()));
    }

    @Test
    void onlyHashesAreKeysSoNoPathCanEscapeTheStore() throws IOException {
        FileSystemBlobStore store = new FileSystemBlobStore(root);

        assertThrows(IllegalArgumentException.class, () -> store.open("../../../etc/passwd"));
        assertThrows(IllegalArgumentException.class, () -> store.contains("/etc/passwd"));
    }

    private long countBlobs() throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).filter(p -> !p.toString().contains(".incoming")).count();
        }
    }

    private static byte[] randomBytes(int n) {
        byte[] bytes = new byte[n];
        new Random(n).nextBytes(bytes);
        return bytes;
    }

    private static String sha256Hex(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
