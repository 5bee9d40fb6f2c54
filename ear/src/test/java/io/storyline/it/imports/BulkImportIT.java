package io.storyline.it.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storyline.it.support.Api;
import io.storyline.it.support.SharedServer;
import io.storyline.it.support.TestServer;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** An admin imports a server folder and a ZIP as background jobs, and reads their per-file report. */
@ExtendWith(SharedServer.class)
class BulkImportIT {

    private final Api admin = Api.asAdmin();


    /** The test server's import root: {@code <data dir>/import}. */
    static Path importRoot() throws IOException {
        return Files.createDirectories(TestServer.dataDir().resolve("import"));
    }

    static JsonObject awaitFinished(Api api, int id, Duration timeout) {
        long end = System.nanoTime() + timeout.toNanos();
        JsonObject job;
        do {
            job = Api.object(api.get("api/imports/" + id));
            String status = job.getString("status");
            if (!status.equals("QUEUED") && !status.equals("LISTING") && !status.equals("RUNNING")) {
                return job;
            }
            Api.sleep(300);
        } while (System.nanoTime() < end);
        throw new AssertionError("import " + id + " still " + job.getString("status") + ": " + job);
    }

    @Test
    void aFolderIsImportedFileByFileWithDuplicatesAndFailuresReported() throws IOException {
        String run = "wire-" + UUID.randomUUID();
        Path folder = Files.createDirectories(importRoot().resolve(run).resolve("2024/05"));
        for (int i = 0; i < 24; i++) {
            Files.writeString(folder.resolve("story-" + i + ".txt"), "Story " + i + " of " + run
                    + "\n\nThe ceasefire talks in Cairo continued on day " + i + ", officials said.", StandardCharsets.UTF_8);
        }
        Files.writeString(folder.getParent().resolve("copy-of-story-3.txt"), Files.readString(folder.resolve("story-3.txt")));
        Files.writeString(folder.resolve(".DS_Store"), "clutter");

        HttpResponse<String> started = admin.postJson("api/imports", "{\"source\":\"" + run + "\",\"publisher\":\"Wire\"}");

        assertEquals(202, started.statusCode(), started.body());
        int id = Api.object(started).getInt("id");
        JsonObject job = awaitFinished(admin, id, Duration.ofSeconds(120));
        assertEquals("COMPLETED", job.getString("status"), job.toString());
        assertEquals(25, job.getInt("total"), "the clutter file is left out");
        assertEquals(24, job.getInt("imported"));
        assertEquals(1, job.getInt("duplicates"));
        assertEquals(0, job.getInt("failed"));
        assertEquals(25, job.getInt("done"));

        JsonObject duplicates = Api.object(admin.get("api/imports/" + id + "/items?status=DUPLICATE"));
        assertEquals(1, duplicates.getInt("total"));
        assertEquals("2024/copy-of-story-3.txt", duplicates.getJsonArray("items").getJsonObject(0).getString("path"));

        JsonObject documents = Api.object(admin.get("api/documents?q=story-7.txt&size=5"));
        JsonObject story7 = admin.awaitSettled(documents.getJsonArray("items").getJsonObject(0).getInt("id"),
                Duration.ofSeconds(60));
        assertEquals("ANALYZED", story7.getString("status"));
        assertEquals("Wire", story7.getString("publisher"));
    }

    @Test
    void aZipIsImportedAndAnUnreadableFileIsAFailedItemNotAFailedImport() throws IOException {
        String run = "bundle-" + UUID.randomUUID() + ".zip";
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(importRoot().resolve(run)))) {
            for (int i = 0; i < 10; i++) {
                out.putNextEntry(new ZipEntry("press/release-" + i + ".txt"));
                out.write(("Release " + i + " " + run + "\n\nThe ministry announced an aid shipment.").getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
            out.putNextEntry(new ZipEntry("press/too-big.txt"));
            out.write(new byte[(int) TestServer.maxUploadBytes() + 1]);
            out.closeEntry();
        }

        int id = Api.object(admin.postJson("api/imports", "{\"source\":\"" + run + "\"}")).getInt("id");
        JsonObject job = awaitFinished(admin, id, Duration.ofSeconds(120));

        assertEquals("COMPLETED", job.getString("status"), job.toString());
        assertEquals(11, job.getInt("total"));
        assertEquals(10, job.getInt("imported"));
        assertEquals(1, job.getInt("failed"));
        JsonObject failed = Api.object(admin.get("api/imports/" + id + "/items?status=FAILED")).getJsonArray("items")
                .getJsonObject(0);
        assertEquals("press/too-big.txt", failed.getString("path"));
        assertTrue(failed.getString("message").contains("larger than"), failed.toString());
    }

    @Test
    void onlyFoldersInsideTheImportRootsCanBeImportedAndOnlyByAdmins() {
        HttpResponse<String> outside = admin.postJson("api/imports", "{\"source\":\"/etc\"}");
        assertEquals(400, outside.statusCode(), outside.body());
        assertTrue(Api.object(outside).getString("detail").contains("outside the folders"), outside.body());

        HttpResponse<String> escape = admin.postJson("api/imports", "{\"source\":\"../../../../etc\"}");
        assertEquals(400, escape.statusCode(), escape.body());

        HttpResponse<String> missing = admin.postJson("api/imports", "{\"source\":\"no-such-folder-" + UUID.randomUUID() + "\"}");
        assertEquals(400, missing.statusCode());
        assertTrue(Api.object(missing).getString("detail").contains("does not exist"));

        assertEquals(401, Api.anonymous().get("api/imports").statusCode());
    }
}
