package io.storyline.ingestion.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storyline.domain.document.FailureReason;
import io.storyline.ingestion.extraction.ExtractionFailedException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ZipArchiveReaderTest {

    private static final ArchiveLimits LIMITS = new ArchiveLimits(100, 50L << 20, 100, 3);

    @TempDir
    Path dir;

    private Path zip(String name, Map<String, byte[]> files) throws IOException {
        Path zip = dir.resolve(name);
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                out.putNextEntry(new ZipEntry(file.getKey()));
                out.write(file.getValue());
                out.closeEntry();
            }
        }
        return zip;
    }

    @Test
    void filesInNestedFoldersAreHandedOverWithTheirPathsAndJunkIsSkipped() throws Exception {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("wire/2024/05/blinken.txt", "Blinken met Netanyahu.".getBytes(StandardCharsets.UTF_8));
        files.put("wire/2024/05/", new byte[0]);
        files.put("wire/2024/04/biden-call.txt", "Biden called Netanyahu on April 4.".getBytes(StandardCharsets.UTF_8));
        files.put("__MACOSX/wire/._blinken.txt", new byte[] {0, 5, 22, 7});
        files.put("wire/.DS_Store", new byte[] {1, 2});
        files.put("inner.zip", Files.readAllBytes(zip("inner.zip", Map.of("a.txt", "inner".getBytes(StandardCharsets.UTF_8)))));
        List<String> seen = new ArrayList<>();

        List<String> taken = ZipArchiveReader.read(zip("batch.zip", files), "batch.zip", LIMITS,
                (path, content) -> seen.add(path + "=" + content.readAllBytes().length));

        assertEquals(List.of("wire/2024/05/blinken.txt", "wire/2024/04/biden-call.txt", "inner.zip"), taken);
        assertEquals("wire/2024/05/blinken.txt=22", seen.get(0));
    }

    @Test
    void aZipBombIsRefusedBeforeAnythingIsTakenIn() throws Exception {
        Path bomb = dir.resolve("bomb.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(bomb))) {
            out.putNextEntry(new ZipEntry("nothing-to-see.txt"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 200; i++) {
                out.write(zeros);
            }
            out.closeEntry();
        }
        assertTrue(Files.size(bomb) < 1 << 20, "200 MiB of zeros pack into " + Files.size(bomb) + " bytes");
        List<String> seen = new ArrayList<>();

        ExtractionFailedException e = assertThrows(ExtractionFailedException.class,
                () -> ZipArchiveReader.read(bomb, "bomb.zip", LIMITS, (path, content) -> seen.add(path)));

        assertEquals(FailureReason.TOO_LARGE, e.reason());
        assertTrue(e.getMessage().contains("zip bomb"), e.getMessage());
        assertTrue(seen.isEmpty());
    }

    @Test
    void anArchiveThatLiesAboutItsSizesIsStoppedWhileReading() throws Exception {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("first.txt", "fine".getBytes(StandardCharsets.UTF_8));
        files.put("second.txt", new byte[3 << 20]);
        Path zip = zip("liar.zip", files);
        ArchiveLimits tight = new ArchiveLimits(100, 2L << 20, 100_000, 3);
        List<String> seen = new ArrayList<>();

        ExtractionFailedException e = assertThrows(ExtractionFailedException.class, () -> ZipArchiveReader.read(zip,
                "liar.zip", tight, (path, content) -> {
                    try (OutputStream sink = OutputStream.nullOutputStream()) {
                        content.transferTo(sink);
                    }
                    seen.add(path);
                }));

        assertEquals(FailureReason.TOO_LARGE, e.reason());
        assertTrue(e.getMessage().contains("max-total-bytes"), e.getMessage());
    }

    @Test
    void tooManyFilesAreRefusedWithTheLimitNamed() throws Exception {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (int i = 0; i < 5; i++) {
            files.put("f" + i + ".txt", new byte[] {'x'});
        }
        ExtractionFailedException e = assertThrows(ExtractionFailedException.class, () -> ZipArchiveReader.read(
                zip("many.zip", files), "many.zip", new ArchiveLimits(4, 1 << 20, 100, 3), (path, content) -> { }));

        assertEquals(FailureReason.TOO_LARGE, e.reason());
        assertTrue(e.getMessage().contains("max-files"), e.getMessage());
    }

    @Test
    void aDamagedArchiveIsCorruptAndAnEncryptedOneSaysSo() throws Exception {
        Path good = zip("good.zip", Map.of("a.txt", "some text here".getBytes(StandardCharsets.UTF_8)));
        byte[] bytes = Files.readAllBytes(good);
        Path cut = dir.resolve("cut.zip");
        Files.write(cut, java.util.Arrays.copyOf(bytes, bytes.length - 30));
        assertEquals(FailureReason.CORRUPT, assertThrows(ExtractionFailedException.class,
                () -> ZipArchiveReader.read(cut, "cut.zip", LIMITS, (p, c) -> { })).reason());

        // Set the "encrypted" flag of every entry, as a password-protected ZIP has it.
        for (int i = 0; i + 4 < bytes.length; i++) {
            boolean local = bytes[i] == 'P' && bytes[i + 1] == 'K' && bytes[i + 2] == 3 && bytes[i + 3] == 4;
            boolean central = bytes[i] == 'P' && bytes[i + 1] == 'K' && bytes[i + 2] == 1 && bytes[i + 3] == 2;
            if (local) {
                bytes[i + 6] |= 1;
            } else if (central) {
                bytes[i + 8] |= 1;
            }
        }
        Path locked = dir.resolve("locked.zip");
        Files.write(locked, bytes);
        ExtractionFailedException e = assertThrows(ExtractionFailedException.class,
                () -> ZipArchiveReader.read(locked, "locked.zip", LIMITS, (p, c) -> c.readAllBytes()));
        assertEquals(FailureReason.ENCRYPTED, e.reason(), e.getMessage());
    }
}
