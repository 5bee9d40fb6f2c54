package io.storyline.it.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storyline.it.support.Api;
import io.storyline.it.support.SharedServer;
import io.storyline.it.support.TestServer;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The documents API of the packaged EAR, over HTTP, as API.md describes it. */
@ExtendWith(SharedServer.class)
class DocumentApiIT {

    private static final String READER = "reader-" + UUID.randomUUID().toString().substring(0, 8);
    private static final String READER_PASSWORD = "reader-password-" + UUID.randomUUID();


    private static void ensureReader() {
        HttpResponse<String> created = Api.asAdmin().postJson("api/users", "{\"username\":\"" + READER
                + "\",\"displayName\":\"A reader\",\"roles\":[\"READER\"],\"password\":\"" + READER_PASSWORD + "\"}");
        assertTrue(created.statusCode() == 201 || created.statusCode() == 409, created.body());
    }

    @Test
    void withoutCredentialsTheApiAnswers401WithAProblemAndABasicChallenge() {
        HttpResponse<String> response = Api.anonymous().get("api/documents");

        assertEquals(401, response.statusCode());
        assertTrue(response.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        assertEquals(401, Api.object(response).getInt("status"));
    }

    @Test
    void aWrongPasswordIsRefusedTheSameWay() {
        HttpResponse<String> response = Api.as("admin", "not-the-password").get("api/documents");

        assertEquals(401, response.statusCode());
        assertTrue(Api.object(response).getString("detail").contains("wrong"));
    }

    @Test
    void anArchivistUploadsAFileAndFindsItInTheListAndByItsId() {
        String name = "rafah-" + UUID.randomUUID() + ".txt";
        byte[] bytes = ("Al Mayadeen, 1 May 2024. Blinken meets Netanyahu in occupied al-Quds. " + name)
                .getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> posted = Api.asAdmin().postFiles("api/documents", Api.file(name, bytes),
                Map.of("publishedAt", "2024-05-01", "source", "Al Mayadeen"));

        assertEquals(202, posted.statusCode(), posted.body());
        JsonObject receipt = Api.array(posted).getJsonObject(0);
        long id = receipt.getJsonNumber("id").longValue();
        assertEquals(name, receipt.getString("filename"));
        assertEquals("RECEIVED", receipt.getString("status"));
        assertEquals(JsonValue.NULL, receipt.get("duplicateOf"));
        assertTrue(posted.headers().firstValue("Location").orElse("").endsWith("/api/documents/" + id));

        JsonObject page = Api.object(Api.asAdmin().get("api/documents?q=" + name));
        assertEquals(1, page.getJsonNumber("total").longValue());
        assertEquals(id, page.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue());

        JsonObject document = Api.object(Api.asAdmin().get("api/documents/" + id));
        assertEquals("text/plain", document.getString("mediaType"));
        assertEquals(bytes.length, document.getJsonNumber("size").longValue());
        assertEquals("2024-05-01", document.getString("publishedAt"));
        assertEquals("UPLOAD", document.getString("publishedAtSource"));
        assertEquals("Al Mayadeen", document.getString("publisher"));
        assertEquals("admin", document.getString("uploadedBy"));
        assertEquals(64, document.getString("sha256").length());
        assertEquals(JsonValue.NULL, document.get("failureReason"), "every field of API.md is present");

        HttpResponse<byte[]> original = Api.asAdmin().getBytes("api/documents/" + id + "/original");
        assertEquals(200, original.statusCode());
        assertArrayEquals(bytes, original.body());
        assertTrue(original.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
    }

    @Test
    void tagsGivenAtUploadArePutOnTheDocumentInCanonicalForm() {
        String name = "tagged-" + UUID.randomUUID() + ".txt";
        HttpResponse<String> posted = Api.asAdmin().postFiles("api/documents",
                Api.file(name, name.getBytes(StandardCharsets.UTF_8)), Map.of("tags", " West Bank ,ceasefire,CEASEFIRE"));

        assertEquals(202, posted.statusCode(), posted.body());
        long id = Api.array(posted).getJsonObject(0).getJsonNumber("id").longValue();
        JsonObject document = Api.object(Api.asAdmin().get("api/documents/" + id));
        assertEquals("[\"ceasefire\",\"west bank\"]", document.getJsonArray("tags").toString());
    }

    @Test
    void theSameBytesAgainAnswerWithTheDocumentTheyDuplicate() {
        byte[] bytes = ("Duplicate " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
        long first = Api.array(Api.asAdmin().postFiles("api/documents", Api.file("a.txt", bytes), Map.of()))
                .getJsonObject(0).getJsonNumber("id").longValue();

        JsonObject again = Api.array(Api.asAdmin().postFiles("api/documents", Api.file("b.txt", bytes), Map.of()))
                .getJsonObject(0);

        assertEquals(first, again.getJsonNumber("duplicateOf").longValue());
        assertEquals(first, again.getJsonNumber("id").longValue());
    }

    @Test
    void aReaderMayReadButNotUpload() {
        ensureReader();
        Api reader = Api.as(READER, READER_PASSWORD);

        assertEquals(200, reader.get("api/documents").statusCode());
        HttpResponse<String> upload = reader.postFiles("api/documents",
                Api.file("x.txt", "x".getBytes(StandardCharsets.UTF_8)), Map.of());
        assertEquals(403, upload.statusCode(), upload.body());
        assertEquals(403, reader.get("api/users").statusCode(), "users are for admins");
    }

    @Test
    void aFileOverTheLimitIsRefusedWith413AndNothingIsStored() {
        long before = Api.object(Api.asAdmin().get("api/documents?size=1")).getJsonNumber("total").longValue();

        HttpResponse<String> response = Api.asAdmin().postFiles("api/documents",
                Api.file("too-big.txt", new byte[(int) TestServer.maxUploadBytes() + 10]), Map.of());

        assertEquals(413, response.statusCode(), response.body());
        assertTrue(Api.object(response).getString("detail").contains("too-big.txt"));
        assertEquals(before, Api.object(Api.asAdmin().get("api/documents?size=1")).getJsonNumber("total").longValue());
    }

    @Test
    void badParametersAnswer400WithWhatIsAllowed() {
        HttpResponse<String> status = Api.asAdmin().get("api/documents?status=LOST");
        assertEquals(400, status.statusCode());
        assertTrue(Api.object(status).getString("detail").contains("RECEIVED"));

        assertEquals(400, Api.asAdmin().get("api/documents?size=100000").statusCode());
        assertEquals(404, Api.asAdmin().get("api/documents/999999999").statusCode());

        HttpResponse<String> noFile = Api.asAdmin().postFiles("api/documents", Map.of(), Map.of("source", "x"));
        assertEquals(400, noFile.statusCode());
        assertTrue(Api.object(noFile).getString("detail").contains("file"));
    }

    @Test
    void anAdminListsUsersWithoutTheirPasswords() {
        ensureReader();
        HttpResponse<String> response = Api.asAdmin().get("api/users");

        assertEquals(200, response.statusCode());
        JsonArray users = Api.array(response);
        assertTrue(users.stream().map(JsonValue::asJsonObject).anyMatch(u -> u.getString("username").equals("admin")));
        assertTrue(!response.body().contains("pbkdf2"), "no password hash leaves the server");
    }
}
