package io.storyline.it.crash;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storyline.it.support.Api;
import io.storyline.it.support.StandaloneServer;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A server killed in the middle of a bulk import and started again: the import goes on where it was, and every
 * file of the folder is in the archive exactly once, all extracted.
 */
class ImportSurvivesCrashIT {

    private static final int FILES = 300;

    @Test
    void everyFileIsThereExactlyOnceAfterACrashAndARestart() throws Exception {
        Path base = Path.of(System.getProperty("it.crash.base.dir"));
        Path data = Path.of(System.getProperty("it.crash.data.dir"));
        String run = "crash-" + UUID.randomUUID().toString().substring(0, 8);
        Path folder = Files.createDirectories(data.resolve("import").resolve(run));
        for (int i = 0; i < FILES; i++) {
            Files.writeString(folder.resolve(String.format("wire-%03d.txt", i)), "Dispatch " + i + " of " + run
                    + "\n\nGAZA CITY, May " + (1 + i % 28) + ", 2024 (Agency) - Aid trucks crossed at Rafah, officials"
                    + " said, in dispatch number " + i + ".", StandardCharsets.UTF_8);
        }

        try (StandaloneServer server = new StandaloneServer(base, data, 200)) {
            server.start(Duration.ofMinutes(4));
            Api admin = Api.asAdminOf(server.baseUri());
            int id = Api.object(admin.postJson("api/imports", "{\"source\":\"" + run + "\"}")).getInt("id");
            awaitDone(admin, id, 40);

            server.kill();
            server.start(Duration.ofMinutes(4));

            admin = Api.asAdminOf(server.baseUri());
            JsonObject job = awaitFinished(admin, id, Duration.ofMinutes(4));
            assertEquals("COMPLETED", job.getString("status"), job.toString());
            assertEquals(FILES, job.getInt("total"));
            assertEquals(FILES, job.getInt("imported") + job.getInt("duplicates"), job.toString());
            assertEquals(0, job.getInt("failed"), job.toString());

            JsonObject documents = Api.object(admin.get("api/documents?q=wire-&size=500"));
            List<String> names = documents.getJsonArray("items").stream().map(JsonValue::asJsonObject)
                    .map(d -> d.getString("filename")).toList();
            assertEquals(FILES, names.size(), "one document per file");
            assertEquals(FILES, Set.copyOf(names).size(), "no file twice");

            long end = System.nanoTime() + Duration.ofMinutes(4).toNanos();
            Set<String> statuses;
            do {
                statuses = Api.object(admin.get("api/documents?q=wire-&size=500")).getJsonArray("items").stream()
                        .map(d -> d.asJsonObject().getString("status")).collect(Collectors.toSet());
                if (statuses.equals(Set.of("ANALYZED"))) {
                    break;
                }
                Api.sleep(1000);
            } while (System.nanoTime() < end);
            assertEquals(Set.of("ANALYZED"), statuses, "every document finished after the restart");
        }
    }

    private static void awaitDone(Api admin, int id, int atLeast) {
        for (int i = 0; i < 600; i++) {
            JsonObject job = Api.object(admin.get("api/imports/" + id));
            if (job.getInt("done") >= atLeast) {
                assertTrue(job.getInt("done") < FILES, "the crash must come in the middle of the import: " + job);
                return;
            }
            Api.sleep(100);
        }
        throw new AssertionError("import " + id + " made no progress");
    }

    private static JsonObject awaitFinished(Api admin, int id, Duration timeout) {
        long end = System.nanoTime() + timeout.toNanos();
        JsonObject job;
        do {
            job = Api.object(admin.get("api/imports/" + id));
            if (job.getString("status").equals("COMPLETED") || job.getString("status").equals("FAILED")) {
                return job;
            }
            Api.sleep(500);
        } while (System.nanoTime() < end);
        throw new AssertionError("import " + id + " did not finish: " + job);
    }
}
