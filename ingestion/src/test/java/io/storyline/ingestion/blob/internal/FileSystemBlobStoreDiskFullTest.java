package io.storyline.ingestion.blob.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.storyline.platform.config.StorageSpace;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The blob store on a disk that fills up while an original is written (a 2 MB tmpfs, mounted by the test: root
 * only): the write fails with the system's "No space left on device", the partial file is gone, and once space is
 * there again the same store takes originals.
 */
class FileSystemBlobStoreDiskFullTest {

    @TempDir
    Path dir;

    private Path mount;

    @BeforeEach
    void mountSmallDisk() throws IOException, InterruptedException {
        assumeTrue("root".equals(System.getProperty("user.name")), "mounting a tmpfs needs root (CI runs as root)");
        mount = Files.createDirectories(dir.resolve("disk"));
        assertEquals(0, run("mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", mount.toString()));
    }

    @AfterEach
    void unmount() throws IOException, InterruptedException {
        if (mount != null) {
            run("umount", "-l", mount.toString());
        }
    }

    @Test
    void anOriginalLargerThanTheRoomLeftFailsAsDiskFullAndLeavesNothing() throws IOException {
        FileSystemBlobStore store = new FileSystemBlobStore(mount.resolve("blobs"));

        IOException e = assertThrows(IOException.class,
                () -> store.put(new ByteArrayInputStream(new byte[3 * 1024 * 1024]), 10L * 1024 * 1024));

        assertTrue(StorageSpace.isNoSpace(e), "seen as a full disk: " + e);
        try (Stream<Path> files = Files.walk(mount.resolve("blobs"))) {
            assertFalse(files.anyMatch(Files::isRegularFile), "no partial file stays");
        }
        byte[] small = "fits again".getBytes(StandardCharsets.UTF_8);
        assertEquals("fits again", new String(store.open(store.put(new ByteArrayInputStream(small), 100).sha256())
                .readAllBytes(), StandardCharsets.UTF_8));
    }

    private static int run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getInputStream().readAllBytes();
        assertTrue(process.waitFor(30, TimeUnit.SECONDS));
        return process.exitValue();
    }
}
