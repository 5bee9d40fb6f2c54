package io.storyline.it.drills;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storyline.ingestion.backup.BackupLayout;
import io.storyline.ingestion.backup.RestoreCommand;
import io.storyline.it.support.Api;
import io.storyline.it.support.StandaloneServer;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The backup drill: an archive with documents, a user, an editor's decision and a story is backed up online, its
 * server stopped, its data folder wiped and the backup restored with the restore command; the server started on it
 * has every original byte for byte, the user signs in, the decision and the story are there, and the search index
 * (not in the backup) is rebuilt.
 */
class BackupRestoreDrillIT {

    @Test
    void aRestoredBackupHasEveryOriginalTheUserTheDecisionAndTheStory() throws Exception {
        Path dir = DrillServers.drillDir("backup");
        Path data = dir.resolve("data");
        Path store = dir.resolve("backups");
        String token = "drill" + UUID.randomUUID().toString().substring(0, 8);
        String editorName = "restored-" + token;
        String password = "Restore-Drill-" + UUID.randomUUID();
        Map<Long, byte[]> originals = new LinkedHashMap<>();
        long decidedOn;
        long story;
        Path backup;

        try (StandaloneServer server = DrillServers.on(data).with("storyline.backup.dir=" + store)) {
            server.start(Duration.ofMinutes(4));
            Api admin = Api.asAdminOf(server.baseUri());
            for (int i = 0; i < 3; i++) {
                byte[] bytes = ("Dispatch " + i + " " + token + "\n\nGAZA CITY, May " + (i + 2) + ", 2024 (Agency) -"
                        + " Aid trucks crossed at Rafah on Tuesday, officials said.").getBytes(StandardCharsets.UTF_8);
                originals.put(upload(admin, "dispatch-" + i + ".txt", bytes), bytes);
            }
            byte[] binary = new byte[300_000];
            new Random(17).nextBytes(binary);
            originals.put(upload(admin, "scan-" + token + ".bin", binary), binary);
            originals.keySet().forEach(id -> admin.awaitSettled(id, Duration.ofMinutes(4)));

            HttpResponse<String> created = admin.postJson("api/users", "{\"username\":\"" + editorName
                    + "\",\"roles\":[\"EDITOR\"],\"password\":\"" + password + "\"}");
            assertEquals(201, created.statusCode(), created.body());
            Api editor = Api.asUserOf(server.baseUri(), editorName, password);
            decidedOn = originals.keySet().iterator().next();
            HttpResponse<String> decided = editor.postJson("api/documents/" + decidedOn + "/decisions",
                    "{\"kind\":\"ADD_MENTION\",\"begin\":0,\"end\":8,\"entityType\":\"OTHER\",\"entityName\":\"The"
                            + " Dispatch Desk\"}");
            assertEquals(202, decided.statusCode(), decided.body());
            HttpResponse<String> storyCreated = editor.postJson("api/stories", "{\"title\":\"Story " + token
                    + "\",\"note\":\"kept through a restore\",\"document\":" + decidedOn + "}");
            assertEquals(201, storyCreated.statusCode(), storyCreated.body());
            story = Api.object(storyCreated).getJsonNumber("id").longValue();

            assertEquals(403, editor.post("api/backups").statusCode(), "backups are for admins");
            HttpResponse<String> started = admin.post("api/backups");
            assertEquals(202, started.statusCode(), started.body());
            assertEquals("RUNNING", Api.object(started).getString("state"));
            JsonObject done = awaitBackup(admin, Duration.ofMinutes(3));
            assertEquals("COMPLETED", done.getString("state"), done.toString());
            assertEquals(originals.size(), done.getInt("originalsTotal"), done.toString());
            backup = Path.of(done.getString("folder"));
            assertTrue(backup.startsWith(store), backup.toString());
            assertEquals(done.getString("name"), Api.object(admin.get("api/backups")).getJsonArray("completed")
                    .getString(0));
            assertEquals(originals.size(), BackupLayout.manifest(backup).size());
            assertFalse(Files.readString(backup.resolve(BackupLayout.SETTINGS)).contains(
                    System.getProperty("it.admin.password")), "no password in the settings kept");
            JsonObject audit = Api.object(admin.get("api/audit?action=BACKUP_START"));
            assertTrue(audit.toString().contains(done.getString("name")), audit.toString());

            // Uploaded after the backup: not in it, so gone after the restore.
            upload(admin, "late-" + token + ".txt", ("Late " + token).getBytes(StandardCharsets.UTF_8));
            server.stop(Duration.ofMinutes(2));
        }

        DrillServers.deleteTree(data);
        RestoreCommand.Result restored = new RestoreCommand(System.out).restore(backup, data);
        assertEquals(originals.size(), restored.originals());

        try (StandaloneServer server = DrillServers.on(data).with("storyline.backup.dir=" + store)) {
            server.start(Duration.ofMinutes(4));
            Api admin = Api.asAdminOf(server.baseUri());
            for (Map.Entry<Long, byte[]> original : originals.entrySet()) {
                JsonObject document = Api.object(admin.get("api/documents/" + original.getKey()));
                assertEquals(DrillServers.sha256(original.getValue()), document.getString("sha256"), document.toString());
                assertArrayEquals(original.getValue(), admin.getBytes("api/documents/" + original.getKey()
                        + "/original").body(), "document " + original.getKey() + " byte for byte");
            }
            JsonObject listed = Api.object(admin.get("api/documents?size=50"));
            assertEquals(originals.size(), listed.getInt("total"), "the documents of the backup, and not the one"
                    + " uploaded after it: " + listed);

            Api editor = Api.asUserOf(server.baseUri(), editorName, password);
            assertEquals(200, editor.get("api/documents?size=1").statusCode(), "the user signs in with their password");
            assertEquals(401, Api.asUserOf(server.baseUri(), editorName, password + "x").get("api/documents?size=1")
                    .statusCode());
            JsonObject decision = Api.array(editor.get("api/documents/" + decidedOn + "/decisions")).getJsonObject(0);
            assertEquals("ADD_MENTION", decision.getString("kind"), decision.toString());
            assertEquals(editorName, decision.getString("decidedBy"));
            assertEquals("Dispatch", decision.getString("text"));
            assertEquals("The Dispatch Desk", Api.object(editor.get("api/entities/"
                    + decision.getJsonNumber("entityId").longValue())).getString("name"));
            JsonObject kept = Api.object(editor.get("api/stories/" + story));
            assertEquals("Story " + token, kept.getString("title"));
            assertEquals("kept through a restore", kept.getString("note"));

            awaitIndexed(admin, Duration.ofMinutes(3));
            JsonObject found = Api.object(admin.get("api/search?q=" + token));
            assertTrue(found.getInt("total") >= 3, "the rebuilt index finds the restored documents: " + found);
        }
    }

    private static long upload(Api admin, String name, byte[] bytes) {
        HttpResponse<String> response = admin.postFiles("api/documents", Api.file(name, bytes), Map.of());
        assertEquals(202, response.statusCode(), response.body());
        return Api.array(response).getJsonObject(0).getJsonNumber("id").longValue();
    }

    private static JsonObject awaitBackup(Api admin, Duration timeout) {
        long end = System.nanoTime() + timeout.toNanos();
        JsonObject current;
        do {
            current = Api.object(admin.get("api/backups")).getJsonObject("current");
            if (!current.getString("state").equals("RUNNING")) {
                return current;
            }
            Api.sleep(300);
        } while (System.nanoTime() < end);
        throw new AssertionError("the backup did not finish: " + current);
    }

    private static void awaitIndexed(Api admin, Duration timeout) {
        long end = System.nanoTime() + timeout.toNanos();
        JsonObject index;
        do {
            index = Api.object(admin.get("api/search/index"));
            if (!index.getBoolean("running") && index.getJsonNumber("records").longValue() > 0
                    && index.getJsonNumber("documents").longValue() == index.getJsonNumber("records").longValue()) {
                return;
            }
            Api.sleep(500);
        } while (System.nanoTime() < end);
        throw new AssertionError("the search index was not rebuilt after the restore: " + index);
    }
}
