package io.storyline.it.drills;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.storyline.it.support.Api;
import io.storyline.it.support.StandaloneServer;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.OutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The disk-full drill: a server whose data folder is a small tmpfs (64 MB, mounted by the test: root only) is filled
 * up to below its free-space floor. Uploads are refused with 507 and a sentence saying why, nothing of them stays,
 * readiness is DOWN and says how much is free; once the filler is removed, uploads are taken again without a restart.
 */
class DiskFullDrillIT {

    private static final int TMPFS_MB = 64;
    private static final int FLOOR_MB = 24;

    @Test
    void uploadsAreRefusedWhileTheDataFolderIsFullAndTakenAgainOnceSpaceIsFreed() throws Exception {
        assumeTrue("root".equals(System.getProperty("user.name")),
                "mounting the drill's small tmpfs needs root (CI runs as root); skipped for " + System.getProperty("user.name"));
        Path data = DrillServers.drillDir("disk-full").resolve("data");
        Files.createDirectories(data);
        run("mount", "-t", "tmpfs", "-o", "size=" + TMPFS_MB + "m", "tmpfs", data.toString());
        try (StandaloneServer server = DrillServers.on(data).with("storyline.storage.min-free-mb=" + FLOOR_MB)) {
            server.start(Duration.ofMinutes(4));
            Api admin = Api.asAdminOf(server.baseUri());
            assertEquals(202, upload(admin, "before.txt", "Taken in while there is room.").statusCode());

            long usable = Files.getFileStore(data).getUsableSpace();
            Path filler = data.resolve("filler.bin");
            fill(filler, usable - (FLOOR_MB - 8) * 1024L * 1024L);

            HttpResponse<String> refused = upload(admin, "while-full.txt", "Refused: the disk is nearly full.");
            assertEquals(507, refused.statusCode(), refused.body());
            JsonObject problem = Api.object(refused);
            assertEquals("urn:storyline:problem:upload-storage-full", problem.getString("type"));
            assertTrue(problem.getString("detail").matches(".*the data folder has \\d+ MB free, below the " + FLOOR_MB
                    + " MB kept free.*"), problem.getString("detail"));
            assertEquals(0, DrillServers.filesUnder(data.resolve("blobs").resolve(".incoming")),
                    "nothing half-written stays");
            assertEquals(1, Api.object(admin.get("api/documents?size=10")).getInt("total"));

            HttpResponse<String> ready = DrillServers.ready();
            assertEquals(503, ready.statusCode(), ready.body());
            assertTrue(ready.body().matches("(?s).*data folder has \\d+ MB free.*"), ready.body());

            Files.delete(filler);
            HttpResponse<String> again = upload(admin, "after.txt", "Taken in again once space was freed.");
            assertEquals(202, again.statusCode(), again.body());
            assertEquals(200, DrillServers.ready().statusCode(), "ready again with room");
            assertEquals(2, Api.object(admin.get("api/documents?size=10")).getInt("total"));
            server.stop(Duration.ofMinutes(2));
        } finally {
            run("umount", "-l", data.toString());
        }
    }

    private static HttpResponse<String> upload(Api admin, String name, String text) {
        return admin.postFiles("api/documents", Api.file(name, text.getBytes(StandardCharsets.UTF_8)), Map.of());
    }

    /** Writes {@code bytes} zeros (tmpfs stores them: it has no holes for written data). */
    private static void fill(Path file, long bytes) throws IOException {
        byte[] block = new byte[1 << 20];
        try (OutputStream out = Files.newOutputStream(file)) {
            for (long left = bytes; left > 0; left -= block.length) {
                out.write(block, 0, (int) Math.min(block.length, left));
            }
        }
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(30, TimeUnit.SECONDS), String.join(" ", command) + " did not end");
        assertEquals(0, process.exitValue(), String.join(" ", command) + ": " + output);
    }
}
