package io.storyline.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storyline.it.security.Session.User;
import io.storyline.it.support.Api;
import io.storyline.it.support.Reports;
import io.storyline.it.support.SharedServer;
import io.storyline.it.support.TestServer;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What an outside security review found, each as the request that showed it: requests with extreme, broken or
 * hostile values get a 4xx problem a person can read (never a 500 or a framework's class name), uploads are bounded
 * and leave no temporary copy behind, originals are served as what Storyline knows them to be, names keep their
 * apostrophes, LIKE filters take % and _ literally, and stories belong to the editor who saved them.
 */
@ExtendWith(SharedServer.class)
class RequestRobustnessIT {

    private static final String MISSING = "987654321";
    private static final String PROBLEM = "application/problem+json";


    // --- 1. extreme values and broken requests: 400 with a plain message ---------------------------------------

    @Test
    void everyPagedOrCountedParameterRefusesExtremeValuesByName() {
        Api admin = Api.asAdmin();
        Map<String, String> requests = new java.util.LinkedHashMap<>();
        requests.put("api/documents?page=2147483647", "page");
        requests.put("api/documents?page=-1", "page");
        requests.put("api/documents?page=abc", "page");
        requests.put("api/documents?size=99999999999", "size");
        requests.put("api/documents?parent=x", "parent");
        requests.put("api/entities?page=2147483647", "page");
        requests.put("api/entities?size=0", "size");
        requests.put("api/entities/" + MISSING + "/mentions?page=2147483647", "page");
        requests.put("api/entities/" + MISSING + "/events?page=x", "page");
        requests.put("api/entities/" + MISSING + "/related?limit=1000000", "limit");
        requests.put("api/search?q=x&page=2147483647", "hits");
        requests.put("api/search?q=x&size=abc", "size");
        requests.put("api/search?q=x&year=99999999999", "year");
        requests.put("api/audit?page=2147483647", "page");
        requests.put("api/audit?size=-5", "size");
        requests.put("api/imports/" + MISSING + "/items?page=2147483647", "page");
        requests.put("api/tags?limit=-1", "limit");
        requests.put("api/tags?limit=x", "limit");
        requests.put("api/monitor?examples=x", "examples");
        requests.put("api/timeline?entity=99999999999999999999", "entity");
        List<String> wrong = new ArrayList<>();
        requests.forEach((path, names) -> {
            HttpResponse<String> answer = admin.get(path);
            String problem = plainProblem(answer, 400);
            if (problem == null && !answer.body().contains(names)) {
                problem = "does not name \"" + names + "\": " + answer.body();
            }
            if (problem != null) {
                wrong.add(path + ": " + problem);
            }
        });
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    @Test
    void searchesLuceneCannotTakeAsTypedAreReadOrRefusedOnTheApiAndThePage() {
        String token = "rob" + UUID.randomUUID().toString().substring(0, 8);
        List<String> words = denseWords(2500);
        // one- to three-letter words sit within two typing mistakes of short fuzzy words
        String text = "Search check " + token + "\n\na ab abc b bc cd de " + String.join(" ", words) + "\n";
        Reports.analysed(text, "2024-05-01");
        Api admin = Api.asAdmin();
        awaitSearchable(admin, token);
        // its words, not only its title: re-index, as the review did, so the text is certainly in the index
        HttpResponse<String> reindex = admin.post("api/search/index");
        assertTrue(reindex.statusCode() == 202 || reindex.statusCode() == 409, reindex.body());
        awaitIndexIdle(admin);
        awaitSearchable(admin, words.get(0));

        for (String q : List.of("a~2", "abc~2", "ab~", token + "~9")) {
            HttpResponse<String> answer = admin.get("api/search?q=" + encode(q));
            assertEquals(200, answer.statusCode(), q + ": " + answer.body());
        }
        String manyFuzzy = String.join(" OR ", words.subList(0, 40).stream().map(w -> w + "~2").toList());
        HttpResponse<String> tooMany = admin.get("api/search?q=" + encode(manyFuzzy));
        assertEquals(null, plainProblem(tooMany, 400));
        assertTrue(tooMany.body().contains("too many words"), tooMany.body());

        Session page = Session.signedIn(User.admin());
        HttpResponse<String> shown = page.get("search/index.xhtml?q=" + encode(manyFuzzy));
        assertEquals(200, shown.statusCode());
        assertTrue(shown.body().contains("too many words"), "the page says what is wrong");
        assertFalse(shown.body().contains("Something went wrong"), "not the error page");
        HttpResponse<String> fuzzyPage = page.get("search/index.xhtml?q=" + encode("abc~2"));
        assertEquals(200, fuzzyPage.statusCode());
        assertFalse(fuzzyPage.body().contains("Something went wrong"));
    }

    @Test
    void multipartFormsWithoutBoundaryOrWithAnOverlongPartHeaderAreRefusedPlainly() {
        String part = "--x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n\r\nhello\r\n--x--\r\n";
        HttpResponse<String> noBoundary = raw("POST", "api/documents", "multipart/form-data",
                part.getBytes(StandardCharsets.UTF_8), Map.of("Authorization", basicAdmin()));
        assertEquals(null, plainProblem(noBoundary, 400));
        assertTrue(noBoundary.body().contains("boundary"), noBoundary.body());

        String longHeader = "--x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"long.txt\"\r\nX-Long: "
                + "a".repeat(200_000) + "\r\n\r\nLong header test " + UUID.randomUUID() + "\r\n--x--\r\n";
        HttpResponse<String> overlong = raw("POST", "api/documents", "multipart/form-data; boundary=x",
                longHeader.getBytes(StandardCharsets.UTF_8), Map.of("Authorization", basicAdmin()));
        assertTrue(overlong.statusCode() < 500, overlong.statusCode() + " " + overlong.body());
        if (overlong.statusCode() >= 400) {
            assertEquals(null, plainProblem(overlong, overlong.statusCode()));
        }
        assertFalse(overlong.body().contains("mime4j") || overlong.body().contains("RESTEASY"), overlong.body());
    }

    // --- 2. numbers in JSON bodies -------------------------------------------------------------------------------

    @Test
    void numbersInJsonBodiesThatDoNotFitAreRefusedNotWrapped() {
        Api editor = Api.newUser("EDITOR", "Robust-Editor-1");
        for (String number : List.of("99999999999999999999", "-99999999999999999999", "1e400", "1.5")) {
            HttpResponse<String> story = editor.postJson("api/stories",
                    "{\"title\":\"Overflow\",\"document\":" + number + "}");
            assertEquals(null, plainProblem(story, 400), number);
            assertTrue(story.body().contains("whole number"), story.body());
        }
        HttpResponse<String> bulk = Api.asAdmin().postJson("api/documents/bulk",
                "{\"ids\":[99999999999999999999],\"action\":\"retry\"}");
        assertEquals(null, plainProblem(bulk, 400));
        assertTrue(bulk.body().contains("99999999999999999999"), bulk.body());
    }

    // --- 5. upload bounds and temporary copies ----------------------------------------------------------------

    @Test
    void uploadsAreBoundedNearTheLimitBeforeTheyAreRead() throws IOException {
        long tooLong = TestServer.maxUploadBytes() + (2L << 20);
        String declared = rawExchange("POST /api/documents HTTP/1.1\r\nHost: " + hostPort() + "\r\nAuthorization: "
                + basicAdmin() + "\r\nContent-Type: multipart/form-data; boundary=x\r\nContent-Length: " + tooLong
                + "\r\n\r\n");
        assertTrue(declared.startsWith("HTTP/1.1 413"), declared);
        assertTrue(declared.contains(PROBLEM) && declared.contains("storyline.upload.max-bytes"), declared);
        assertTrue(declared.toLowerCase(java.util.Locale.ROOT).contains("x-content-type-options: nosniff"),
                "the security headers of every answer: " + declared);

        String chunked = rawExchange("POST /api/documents HTTP/1.1\r\nHost: " + hostPort() + "\r\nAuthorization: "
                + basicAdmin() + "\r\nContent-Type: multipart/form-data; boundary=x\r\nTransfer-Encoding: chunked"
                + "\r\n\r\n");
        assertTrue(chunked.startsWith("HTTP/1.1 411"), chunked);
        assertTrue(chunked.contains("Content-Length"), chunked);

        Session archivist = Session.signedIn(User.create("ARCHIVIST"));
        String page = rawExchange("POST /documents/upload.xhtml HTTP/1.1\r\nHost: " + hostPort() + "\r\nCookie: "
                + "JSESSIONID=" + archivist.cookie("JSESSIONID").orElseThrow() + "\r\nContent-Type: multipart/form-data;"
                + " boundary=x\r\nContent-Length: " + tooLong + "\r\n\r\n");
        assertTrue(page.startsWith("HTTP/1.1 413"), page);
        assertTrue(page.contains("storyline.upload.max-bytes"), page);
    }

    @Test
    void aRefusedOversizedFileLeavesNoTemporaryCopy() throws IOException {
        String marker = "temporary-copy-" + UUID.randomUUID();
        byte[] bytes = new byte[(int) TestServer.maxUploadBytes() + 100_000];
        java.util.Arrays.fill(bytes, (byte) 'x');
        byte[] head = (marker + "\n").getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(head, 0, bytes, 0, head.length);
        Instant before = Instant.now().minusSeconds(2);

        HttpResponse<String> refused = Api.asAdmin().postFiles("api/documents", Api.file("oversized.txt", bytes),
                Map.of());
        assertEquals(null, plainProblem(refused, 413));
        assertTrue(refused.body().contains("oversized.txt"), refused.body());

        List<Path> left = copiesOf(marker, before);
        assertTrue(left.isEmpty(), "temporary copies of the refused upload remain: " + left);
    }

    // --- 6. and 7. what an original is served as, and its name -------------------------------------------------

    @Test
    void unidentifiedBytesAreServedAsOctetStreamAndNamesKeepTheirApostrophes() {
        String boundary = "robust-" + UUID.randomUUID();
        byte[] mystery = new byte[3000];
        new Random(42).nextBytes(mystery);
        String text = "Notes from the harbour meeting " + UUID.randomUUID() + ".\n";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"mystery.qqq\""
                + "\r\nContent-Type: text/html\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(mystery);
        body.writeBytes(("\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\";"
                + " filename=\"O'Brien's notes.txt\"\r\nContent-Type: text/plain\r\n\r\n" + text + "\r\n--" + boundary
                + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> posted = raw("POST", "api/documents", "multipart/form-data; boundary=" + boundary,
                body.toByteArray(), Map.of("Authorization", basicAdmin()));
        assertEquals(202, posted.statusCode(), posted.body());
        var receipts = Api.array(posted);
        assertEquals("O'Brien's notes.txt", receipts.getJsonObject(1).getString("filename"));
        long notes = receipts.getJsonObject(1).getJsonNumber("id").longValue();
        assertEquals("O'Brien's notes.txt", Api.object(Api.asAdmin().get("api/documents/" + notes))
                .getString("filename"));

        long id = receipts.getJsonObject(0).getJsonNumber("id").longValue();
        HttpResponse<byte[]> original = Api.asAdmin().getBytes("api/documents/" + id + "/original");
        assertEquals(200, original.statusCode());
        assertEquals("application/octet-stream", original.headers().firstValue("Content-Type").orElse(""),
                "the declared text/html is not echoed");
        assertTrue(original.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
        assertEquals("nosniff", original.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertTrue(java.util.Arrays.equals(mystery, original.body()), "the bytes as uploaded");
    }

    // --- 8. LIKE wildcards --------------------------------------------------------------------------------------

    @Test
    void percentAndUnderscoreInTheEntityFilterAreTakenLiterally() {
        Reports.analysed("Wildcard check " + UUID.randomUUID().toString().substring(0, 8) + "\n\nGENEVA, March 5 -"
                + " Angela Merkel met officials of the World Health Organization in Geneva on Monday.\n", "2024-03-05");
        Api reader = Api.newUser("READER", "Robust-Reader-1");
        assertTrue(total(reader.get("api/entities?q=merkel")) >= 1, "the filter finds names");
        assertTrue(total(reader.get("api/entities")) >= 1);
        assertEquals(0, total(reader.get("api/entities?q=%25")), "% is no wildcard");
        assertEquals(0, total(reader.get("api/entities?q=_")), "_ is no wildcard");
        assertEquals(0, total(reader.get("api/entities?q=m%25rkel")));
        Session page = Session.signedIn(User.admin());
        HttpResponse<String> list = page.get("entities/list.xhtml?q=%25");
        assertEquals(200, list.statusCode());
        assertFalse(list.body().contains("Angela Merkel"), "the page's filter takes % literally too");
    }

    // --- 3. and 4. stories: publishing is a POST, and a story is its owner's --------------------------------

    @Test
    void aStoryIsChangedOnlyByItsOwnerOrAnAdminAndPublishedOnlyByAPost() {
        long doc = Reports.analysed("Story owner check " + UUID.randomUUID().toString().substring(0, 8) + "\n\nGENEVA,"
                + " March 5 - Angela Merkel met officials of the World Health Organization in Geneva on Monday.\n",
                "2024-03-05");
        User ownerUser = User.create("EDITOR");
        User otherUser = User.create("EDITOR");
        Api owner = Api.as(ownerUser.name(), ownerUser.password());
        Api other = Api.as(otherUser.name(), otherUser.password());
        HttpResponse<String> created = owner.postJson("api/stories", "{\"title\":\"Owned story\",\"document\":" + doc
                + "}");
        assertEquals(201, created.statusCode(), created.body());
        long id = Api.object(created).getJsonNumber("id").longValue();
        String story = "api/stories/" + id;

        assertEquals(200, other.get(story).statusCode(), "others read it");
        for (HttpResponse<String> refused : List.of(other.put(story, "{\"title\":\"Taken over\"}"),
                other.delete(story), other.post(story + "/review"), other.post(story + "/publish?format=csv"),
                other.put(story + "/entries/no-such-entry", "{\"included\":false}"))) {
            assertEquals(null, plainProblem(refused, 403));
            assertTrue(refused.body().contains(ownerUser.name()), "says whose story it is: " + refused.body());
        }
        assertEquals("Owned story", Api.object(owner.get(story)).getString("title"));
        JsonObject audited = Api.object(Api.asAdmin().get("api/audit?user=" + otherUser.name()
                + "&action=STORY_CHANGE"));
        assertTrue(audited.getInt("total") >= 4 && audited.getJsonArray("items").getJsonObject(0).getString("detail")
                .startsWith("refused"), audited.toString());

        HttpResponse<String> byAdmin = Api.asAdmin().put(story, "{\"title\":\"Retitled by an admin\"}");
        assertEquals(200, byAdmin.statusCode(), byAdmin.body());

        HttpResponse<String> preview = owner.get(story + "/export?format=csv");
        assertEquals(200, preview.statusCode(), preview.body());
        assertTrue(Api.object(owner.get(story)).isNull("publishedAt"), "a preview publishes nothing");
        assertEquals(405, owner.get(story + "/publish?format=csv").statusCode(), "no publishing by GET");
        HttpResponse<String> published = owner.post(story + "/publish?format=csv");
        assertEquals(200, published.statusCode(), published.body());
        assertTrue(published.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(published.body().startsWith("position,date"), published.body());
        assertFalse(Api.object(owner.get(story)).isNull("publishedAt"));

        HttpResponse<String> othersPage = Session.signedIn(otherUser).get("timeline/story.xhtml?id=" + id);
        assertEquals(200, othersPage.statusCode());
        assertTrue(othersPage.body().contains("belongs to"), "the page says whose story it is");
        assertFalse(othersPage.body().contains("story:saveStory") || othersPage.body().contains("story:publishCsv"),
                "and offers no controls to change it");
        HttpResponse<String> ownersPage = Session.signedIn(ownerUser).get("timeline/story.xhtml?id=" + id);
        assertTrue(ownersPage.body().contains("story:saveStory") && ownersPage.body().contains("story:publishCsv"));

        assertEquals(403, other.delete(story).statusCode());
        assertEquals(204, owner.delete(story).statusCode());
    }

    // --- helpers ---------------------------------------------------------------------------------------------

    /** Null when the answer is a problem document of that status with a plain detail; else what is wrong. */
    private static String plainProblem(HttpResponse<String> answer, int status) {
        if (answer.statusCode() != status) {
            return "expected " + status + ", got " + answer.statusCode() + " " + clip(answer.body());
        }
        if (!answer.headers().firstValue("Content-Type").orElse("").startsWith(PROBLEM)) {
            return "not a problem document: " + answer.headers().firstValue("Content-Type") + " " + clip(answer.body());
        }
        String detail = Api.object(answer).getString("detail", "");
        for (String leak : List.of("Exception", "java.", "org.", "jakarta.", "RESTEASY", "incident")) {
            if (detail.contains(leak)) {
                return "the detail is not for a person (" + leak + "): " + detail;
            }
        }
        return detail.isBlank() ? "no detail" : null;
    }

    private static long total(HttpResponse<String> answer) {
        assertEquals(200, answer.statusCode(), answer.body());
        return Api.object(answer).getJsonNumber("total").longValue();
    }

    /** Distinct six-letter words of five letters: each has many others within two typing mistakes. */
    private static List<String> denseWords(int count) {
        Random random = new Random(7);
        Set<String> words = new LinkedHashSet<>();
        while (words.size() < count) {
            StringBuilder w = new StringBuilder();
            for (int i = 0; i < 6; i++) {
                w.append((char) ('f' + random.nextInt(5)));
            }
            words.add(w.toString());
        }
        return new ArrayList<>(words);
    }

    private static void awaitSearchable(Api api, String token) {
        long end = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (System.nanoTime() < end) {
            if (Api.object(api.get("api/search?q=" + token)).getInt("total") > 0) {
                return;
            }
            Api.sleep(250);
        }
        throw new AssertionError("the search check document is not searchable after a minute");
    }

    private static void awaitIndexIdle(Api admin) {
        long end = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < end) {
            if (!Api.object(admin.get("api/search/index")).getBoolean("running", false)) {
                return;
            }
            Api.sleep(250);
        }
        throw new AssertionError("the search index is still being rebuilt after 2 minutes");
    }

    /** Files of the server's temporary folders, changed since {@code since}, that hold the marker. */
    private static List<Path> copiesOf(String marker, Instant since) throws IOException {
        List<Path> found = new ArrayList<>();
        byte[] wanted = marker.getBytes(StandardCharsets.US_ASCII);
        List<Path> folders = List.of(Path.of(System.getProperty("it.base.dir"), "tmp"),
                Path.of(System.getProperty("java.io.tmpdir")));
        for (int i = 0; i < folders.size(); i++) {
            Path folder = folders.get(i);
            if (!Files.isDirectory(folder)) {
                continue;
            }
            // the server's own folder in depth; the shared system folder only at its top, where copies are put
            try (Stream<Path> files = i == 0 ? Files.walk(folder) : Files.list(folder)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    if (modifiedSince(f, since) && startsWith(f, wanted)) {
                        found.add(f);
                    }
                }
            } catch (UncheckedIOException gone) {
                // a file of someone else's went away while listed
            }
        }
        return found;
    }

    private static boolean modifiedSince(Path f, Instant since) {
        try {
            FileTime time = Files.getLastModifiedTime(f);
            return time.toInstant().isAfter(since);
        } catch (IOException gone) {
            return false;
        }
    }

    private static boolean startsWith(Path f, byte[] wanted) {
        try (InputStream in = Files.newInputStream(f)) {
            byte[] head = in.readNBytes(4096);
            String text = new String(head, StandardCharsets.ISO_8859_1);
            return text.contains(new String(wanted, StandardCharsets.ISO_8859_1));
        } catch (IOException | SecurityException unreadable) {
            return false;
        }
    }

    private static HttpResponse<String> raw(String method, String path, String contentType, byte[] body,
                                            Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(TestServer.baseUri().resolve(path))
                .timeout(Duration.ofSeconds(60)).header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(request::header);
        try {
            return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Sends exactly these bytes (headers, maybe no body) and reads what the server answers before closing. */
    private static String rawExchange(String request) throws IOException {
        URI base = TestServer.baseUri();
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            try {
                for (int n; (n = in.read(buffer)) > 0; ) {
                    answer.write(buffer, 0, n);
                    if (complete(answer.toString(StandardCharsets.UTF_8))) {
                        break;
                    }
                }
            } catch (java.net.SocketTimeoutException e) {
                return "no answer within 20 s; read so far: " + answer.toString(StandardCharsets.UTF_8);
            }
            return answer.toString(StandardCharsets.UTF_8);
        }
    }

    /** Whether the answer holds its headers and the body its Content-Length announces. */
    private static boolean complete(String answer) {
        int end = answer.indexOf("\r\n\r\n");
        if (end < 0) {
            return false;
        }
        java.util.regex.Matcher length = java.util.regex.Pattern.compile("(?im)^content-length:\\s*(\\d+)")
                .matcher(answer.substring(0, end));
        return length.find() && answer.getBytes(StandardCharsets.UTF_8).length - end - 4 >= Integer.parseInt(
                length.group(1));
    }

    private static String hostPort() {
        return TestServer.baseUri().getHost() + ":" + TestServer.baseUri().getPort();
    }

    private static String basicAdmin() {
        return "Basic " + Base64.getEncoder().encodeToString(("admin:" + TestServer.adminPassword())
                .getBytes(StandardCharsets.UTF_8));
    }

    private static String encode(String q) {
        return URLEncoder.encode(q, StandardCharsets.UTF_8);
    }

    private static String clip(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }
}
