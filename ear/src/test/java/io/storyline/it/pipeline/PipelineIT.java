package io.storyline.it.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storyline.ingestion.testfiles.TestFiles;
import io.storyline.it.support.Api;
import io.storyline.it.support.SharedServer;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real files through the whole ingestion pipeline of the packaged EAR: intake, the message queue, the extraction
 * workers, the database. Each file ends ANALYZED (extracted, then analysed) with its metadata, or FAILED with the reason a person needs.
 */
@ExtendWith(SharedServer.class)
class PipelineIT {

    private static final Duration SETTLE = Duration.ofSeconds(90);
    private static final String STORY = "US Secretary of State Antony Blinken and Israeli Prime Minister Benjamin"
            + " Netanyahu discussed upon meeting in occupied al-Quds on Wednesday efforts to avoid further escalation"
            + " in Gaza. The two sides focused on efforts to reach an immediate ceasefire in Gaza as part of a captives"
            + " deal, according to the statement. The Secretary discussed the improvement in the delivery of"
            + " humanitarian aid to Gaza since the call between President Biden and Prime Minister Netanyahu on April 4.";

    private final Api api = Api.asAdmin();

    @TempDir
    Path dir;


    private Map<String, JsonObject> uploadAndSettle(Map<String, byte[]> files, Map<String, String> fields) {
        HttpResponse<String> posted = api.postFiles("api/documents", files, fields);
        assertEquals(202, posted.statusCode(), posted.body());
        Map<String, JsonObject> settled = new LinkedHashMap<>();
        for (JsonValue receipt : Api.array(posted)) {
            JsonObject r = receipt.asJsonObject();
            settled.put(r.getString("filename"), api.awaitSettled(r.getJsonNumber("id").longValue(), SETTLE));
        }
        return settled;
    }

    private static String unique() {
        return " [" + UUID.randomUUID() + "]";
    }

    @Test
    void everyKindOfFileEndsExtractedWithItsMetadataOrFailedWithAReason() throws Exception {
        String tag = unique();
        Map<String, byte[]> files = new LinkedHashMap<>();
        String page;
        try (var in = PipelineIT.class.getResourceAsStream("/html/news-article.html")) {
            page = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        files.put("article.html", page.replace("</article>", "<p>" + tag + "</p></article>").getBytes(StandardCharsets.UTF_8));
        files.put("report.pdf", Files.readAllBytes(TestFiles.pdf(dir.resolve("report.pdf"), List.of(STORY + tag,
                "Second page.", "Third page."), "Rafah briefing", "State Department", TestFiles.utc(2024, 5, 1), null, null)));
        files.put("cp1252.txt", ("The \u20ac2 billion \u201caid package\u201d was approved." + tag)
                .getBytes(Charset.forName("windows-1252")));
        files.put("locked.pdf", Files.readAllBytes(TestFiles.pdf(dir.resolve("locked.pdf"), List.of(STORY + tag), "t", "a",
                TestFiles.utc(2024, 5, 1), "secret-user", "secret-owner")));
        files.put("empty" + UUID.randomUUID() + ".txt", new byte[0]);
        byte[] garbage = new byte[8192];
        new Random().nextBytes(garbage);
        files.put("garbage.txt", garbage);
        files.put("scan.pdf", Files.readAllBytes(TestFiles.scannedPdf(dir.resolve("scan.pdf"), "CEASEFIRE IN CAIRO "
                + tag.substring(2, 10).toUpperCase())));

        Map<String, JsonObject> settled = uploadAndSettle(files, Map.of());

        JsonObject html = settled.get("article.html");
        assertEquals("ANALYZED", html.getString("status"), html.toString());
        assertEquals("Netanyahu, Blinken discuss need to avoid further escalation in Gaza", html.getString("title"));
        assertEquals("Al Mayadeen English", html.getString("publisher"));
        assertEquals("https://english.almayadeen.net/news/politics/netanyahu--blinken-discuss", html.getString("url"));
        assertEquals("en", html.getString("language"));
        assertEquals("2024-05-01T19:42+03:00", html.getString("publishedAt"));
        assertEquals("JSON_LD", html.getString("publishedAtSource"));
        assertEquals(List.of("JSON_LD", "OPEN_GRAPH", "META", "TIME_ELEMENT"), html.getJsonArray("publishedAtCandidates")
                .stream().map(c -> c.asJsonObject().getString("source")).toList());
        String text = api.get("api/documents/" + html.getInt("id") + "/text").body();
        assertTrue(text.startsWith("Netanyahu, Blinken discuss") && text.contains("occupied al-Quds"), text);
        assertFalse(text.contains("Share on"), "boilerplate left out: " + text);

        JsonObject pdf = settled.get("report.pdf");
        assertEquals("ANALYZED", pdf.getString("status"), pdf.toString());
        assertEquals(3, pdf.getInt("pageCount"));
        assertEquals("Rafah briefing", pdf.getString("title"));
        assertEquals("PDF_INFO", pdf.getString("publishedAtSource"));

        JsonObject cp1252 = settled.get("cp1252.txt");
        assertTrue(api.get("api/documents/" + cp1252.getInt("id") + "/text").body().contains("\u20ac2 billion \u201caid"));

        JsonObject scan = settled.get("scan.pdf");
        assertEquals("ANALYZED", scan.getString("status"), "OCR with Tesseract: " + scan);
        assertTrue(api.get("api/documents/" + scan.getInt("id") + "/text").body().toUpperCase().contains("CEASEFIRE"));

        assertFailed(settled.get("locked.pdf"), "ENCRYPTED", "password-protected");
        assertFailed(settled.entrySet().stream().filter(e -> e.getKey().startsWith("empty")).findFirst().orElseThrow()
                .getValue(), "NO_TEXT", "empty");
        assertFailed(settled.get("garbage.txt"), "UNSUPPORTED_TYPE", "binary");
    }

    private static void assertFailed(JsonObject document, String reason, String words) {
        assertEquals("FAILED", document.getString("status"), document.toString());
        assertEquals(reason, document.getString("failureReason"));
        assertTrue(document.getString("failureMessage").contains(words), document.getString("failureMessage"));
    }

    @Test
    void anArchiveBecomesOneDocumentPerFileAndAZipBombIsRefused() throws Exception {
        String tag = unique();
        Map<String, byte[]> inner = new LinkedHashMap<>();
        inner.put("deep/inner-story.txt", ("Inner story" + tag + "\n\n" + STORY).getBytes(StandardCharsets.UTF_8));
        Map<String, byte[]> outer = new LinkedHashMap<>();
        outer.put("wire/2024/05/blinken.txt", ("Blinken" + tag + "\n\nJERUSALEM, May 1, 2024 (Reuters) - " + STORY)
                .getBytes(StandardCharsets.UTF_8));
        outer.put("wire/2024/04/biden-call.txt", ("Biden call" + tag + "\n\nPresident Biden called Netanyahu on April 4,"
                + " the White House said in a statement on Thursday.").getBytes(StandardCharsets.UTF_8));
        outer.put("__MACOSX/wire/._blinken.txt", new byte[] {0, 5, 22, 7, 0, 2});
        outer.put("nested.zip", zip(inner));

        JsonObject archive = uploadAndSettle(Map.of("wire" + UUID.randomUUID() + ".zip", zip(outer)), Map.of())
                .values().iterator().next();

        assertEquals("ANALYZED", archive.getString("status"), archive.toString());
        JsonArray children = awaitChildren(archive.getInt("id"), 2 + 1);
        Map<String, JsonObject> byName = children.stream().map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(c -> c.getString("filename"), c -> c));
        assertEquals(java.util.Set.of("blinken.txt", "biden-call.txt", "nested.zip"), byName.keySet());
        JsonObject blinken = api.awaitSettled(byName.get("blinken.txt").getInt("id"), SETTLE);
        assertEquals("ANALYZED", blinken.getString("status"));
        assertEquals("2024-05-01", blinken.getString("publishedAt"));
        assertEquals("DATELINE", blinken.getString("publishedAtSource"));
        JsonArray sightings = Api.array(api.get("api/documents/" + blinken.getInt("id") + "/sightings"));
        assertEquals("wire/2024/05/blinken.txt", sightings.getJsonObject(0).getString("path"));
        assertEquals("ARCHIVE", sightings.getJsonObject(0).getString("channel"));

        JsonObject nested = api.awaitSettled(byName.get("nested.zip").getInt("id"), SETTLE);
        JsonArray grandchildren = awaitChildren(nested.getInt("id"), 1);
        assertEquals("inner-story.txt", grandchildren.getJsonObject(0).getString("filename"));

        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bomb)) {
            out.putNextEntry(new ZipEntry("zeros" + UUID.randomUUID() + ".txt"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 150; i++) {
                out.write(zeros);
            }
            out.closeEntry();
        }
        JsonObject refused = uploadAndSettle(Map.of("bomb.zip", bomb.toByteArray()), Map.of()).values().iterator().next();
        assertFailed(refused, "TOO_LARGE", "zip bomb");
        assertEquals(0, Api.object(api.get("api/documents?parent=" + refused.getInt("id"))).getInt("total"));
    }

    private JsonArray awaitChildren(int parent, int expected) {
        for (int i = 0; i < 240; i++) {
            JsonObject page = Api.object(api.get("api/documents?parent=" + parent));
            if (page.getInt("total") >= expected) {
                return page.getJsonArray("items");
            }
            Api.sleep(250);
        }
        throw new AssertionError("archive " + parent + " has not got " + expected + " documents");
    }

    @Test
    void theSameStoryRepublishedWithEditsIsLinkedAsANearDuplicate() {
        String tag = unique();
        String original = "Blinken in Jerusalem" + tag + "\n\n" + STORY + " " + STORY.replace("Gaza", "the Strip");
        String republished = "WIRE COPY: Blinken in Jerusalem" + tag + "\n\n"
                + (STORY + " " + STORY.replace("Gaza", "the Strip")).replace("Wednesday", "Wednesday, May 1,")
                + " Reporting by the desk.";

        JsonObject first = uploadAndSettle(Map.of("original.txt", original.getBytes(StandardCharsets.UTF_8)), Map.of())
                .values().iterator().next();
        JsonObject second = uploadAndSettle(Map.of("republished.txt", republished.getBytes(StandardCharsets.UTF_8)),
                Map.of()).values().iterator().next();

        JsonArray near = second.getJsonArray("nearDuplicates");
        assertEquals(1, near.size(), second.toString());
        assertEquals(first.getInt("id"), near.getJsonObject(0).getInt("id"));
        assertTrue(near.getJsonObject(0).getJsonNumber("similarity").doubleValue() >= 0.8, near.toString());
        JsonObject firstAgain = Api.object(api.get("api/documents/" + first.getInt("id")));
        assertEquals(second.getInt("id"), firstAgain.getJsonArray("nearDuplicates").getJsonObject(0).getInt("id"));
    }

    @Test
    void aFailedDocumentCanBeRetriedAndTheHistorySaysWhatHappened() throws Exception {
        String tag = unique();
        JsonObject locked = uploadAndSettle(Map.of("locked.pdf", Files.readAllBytes(TestFiles.pdf(dir.resolve("l.pdf"),
                List.of(STORY + tag), "t", "a", TestFiles.utc(2024, 5, 1), "user", "owner"))), Map.of()).values().iterator().next();
        int id = locked.getInt("id");
        assertEquals("FAILED", locked.getString("status"));

        HttpResponse<String> retried = api.post("api/documents/" + id + "/retry");
        assertEquals(202, retried.statusCode(), retried.body());
        JsonObject again = api.awaitSettled(id, SETTLE);
        assertEquals("ENCRYPTED", again.getString("failureReason"));

        List<String> steps = Api.array(api.get("api/documents/" + id + "/history")).stream()
                .map(h -> h.asJsonObject().getString("step")).toList();
        assertEquals(List.of("RECEIVED", "EXTRACTION_STARTED", "FAILED", "RETRY_REQUESTED", "EXTRACTION_STARTED", "FAILED"),
                steps);

        JsonObject fine = uploadAndSettle(Map.of("fine.txt", ("Fine" + tag + "\n\n" + STORY).getBytes(StandardCharsets.UTF_8)),
                Map.of()).values().iterator().next();
        HttpResponse<String> notFailed = api.post("api/documents/" + fine.getInt("id") + "/retry");
        assertEquals(409, notFailed.statusCode());
        assertTrue(Api.object(notFailed).getString("detail").contains("only a failed document"));
        assertEquals(409, api.get("api/documents/" + id + "/text").statusCode(), "a failed document has no text");
    }

    @Test
    void retryByFilterSendsEveryMatchingFailureBack() {
        String reasonTag = UUID.randomUUID().toString();
        byte[] garbage = new byte[4096];
        new Random().nextBytes(garbage);
        JsonObject failed = uploadAndSettle(Map.of("binary-" + reasonTag + ".txt", garbage), Map.of()).values().iterator().next();
        assertEquals("UNSUPPORTED_TYPE", failed.getString("failureReason"));

        HttpResponse<String> response = api.post("api/documents/retry?reason=UNSUPPORTED_TYPE&q=" + reasonTag);

        assertEquals(202, response.statusCode(), response.body());
        assertEquals(1, Api.object(response).getInt("retried"));
        assertEquals("UNSUPPORTED_TYPE", api.awaitSettled(failed.getInt("id"), SETTLE).getString("failureReason"));
    }

    @Test
    void aPersonsLanguageStaysAndDocumentsWithoutADateAreListedForReview() {
        String tag = unique();
        JsonObject undated = uploadAndSettle(Map.of("undated.txt", ("Undated" + tag + "\n\n" + STORY)
                .getBytes(StandardCharsets.UTF_8)), Map.of()).values().iterator().next();
        assertEquals(List.of("MISSING"), undated.getJsonArray("dateFlags").getValuesAs(JsonValue::toString).stream()
                .map(s -> s.replace("\"", "")).toList());
        JsonObject review = Api.object(api.get("api/documents?dateReview=true&q=undated.txt&size=500"));
        assertTrue(review.getJsonArray("items").stream().anyMatch(d -> d.asJsonObject().getInt("id") == undated.getInt("id")));

        HttpResponse<String> set = api.put("api/documents/" + undated.getInt("id") + "/language", "{\"language\":\"ar\"}");
        assertEquals(200, set.statusCode(), set.body());
        assertEquals("MANUAL", Api.object(set).getString("languageSource"));
        assertEquals(400, api.put("api/documents/" + undated.getInt("id") + "/language", "{\"language\":\"Arabic\"}")
                .statusCode());

        JsonObject dated = uploadAndSettle(Map.of("dated.txt", ("Dated" + tag + "\n\n" + STORY).getBytes(StandardCharsets.UTF_8)),
                Map.of("publishedAt", "2024-05-01")).values().iterator().next();
        assertEquals("UPLOAD", dated.getString("publishedAtSource"));
        assertTrue(dated.getJsonArray("dateFlags").isEmpty());
    }

    private static byte[] zip(Map<String, byte[]> files) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                out.putNextEntry(new ZipEntry(file.getKey()));
                out.write(file.getValue());
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
