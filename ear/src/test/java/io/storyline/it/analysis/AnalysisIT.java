package io.storyline.it.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storyline.it.support.Api;
import io.storyline.it.support.SharedServer;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Analysis in the packaged EAR, over HTTP: the sample article uploaded with its publication date comes back with
 * its entities, normalised times and events (API.md); people's decisions survive re-analysis; admins edit the
 * knowledge; roles are checked.
 */
@ExtendWith(SharedServer.class)
class AnalysisIT {

    private static final Duration SETTLE = Duration.ofMinutes(3);
    private static final String PASSWORD = "analysis-it-" + UUID.randomUUID();


    private static String sample() throws IOException {
        try (InputStream in = AnalysisIT.class.getResourceAsStream("/samples/blinken-netanyahu-rafah.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Uploads a text (made unique, so it is never a duplicate) and waits until it is analysed. */
    private static long analysed(String text, String publishedAt) {
        return analysed(text, publishedAt, "story-" + UUID.randomUUID() + ".txt");
    }

    private static long analysed(String text, String publishedAt, String filename) {
        String unique = text + "\n\n(" + UUID.randomUUID() + ")";
        Map<String, String> fields = publishedAt == null ? Map.of() : Map.of("publishedAt", publishedAt);
        HttpResponse<String> posted = Api.asAdmin().postFiles("api/documents",
                Api.file(filename, unique.getBytes(StandardCharsets.UTF_8)), fields);
        assertEquals(202, posted.statusCode(), posted.body());
        long id = Api.array(posted).getJsonObject(0).getJsonNumber("id").longValue();
        JsonObject document = Api.asAdmin().awaitSettled(id, SETTLE);
        assertEquals("ANALYZED", document.getString("status"), document.toString());
        return id;
    }

    private static Api user(String role) {
        return Api.newUser(role, PASSWORD);
    }

    private static List<JsonObject> events(long id) {
        return Api.array(Api.asAdmin().get("api/documents/" + id + "/events")).stream()
                .map(JsonValue::asJsonObject).toList();
    }

    private static Set<String> participants(JsonObject event) {
        return event.getJsonArray("participants").stream().map(p -> p.asJsonObject().getString("name"))
                .collect(Collectors.toSet());
    }

    private static Optional<JsonObject> event(List<JsonObject> events, String type, Set<String> who, String place,
                                              String date) {
        Predicate<JsonObject> wanted = e -> e.getString("type").equals(type) && participants(e).containsAll(who)
                && (place == null || !e.isNull("place") && e.getJsonObject("place").getString("name").equals(place))
                && (date == null || !e.isNull("date") && e.getJsonObject("date").getString("value").equals(date));
        return events.stream().filter(wanted).findFirst();
    }

    @Test
    void theSampleArticleComesBackWithItsPeoplePlacesDatesAndEvents() throws IOException {
        long id = analysed(sample(), "2024-05-01");
        List<JsonObject> events = events(id);

        JsonObject jerusalem = event(events, "MEETING", Set.of("Antony Blinken", "Benjamin Netanyahu"), "Jerusalem",
                "2024-05-01").orElseThrow(() -> new AssertionError("Blinken meets Netanyahu in Jerusalem: " + events));
        assertEquals("DAY", jerusalem.getJsonObject("date").getString("granularity"));
        assertTrue(jerusalem.getString("sentence").contains("occupied al-Quds"), "the evidence sentence");
        assertTrue(jerusalem.getJsonNumber("confidence").doubleValue() > 0);
        assertTrue(event(events, "MEETING", Set.of("Antony Blinken", "Isaac Herzog"), "Tel Aviv", "2024-05-01")
                .isPresent(), "Blinken meets Herzog in Tel Aviv earlier that day");
        assertTrue(event(events, "STATEMENT", Set.of("Benjamin Netanyahu"), null, "2024-04-30").isPresent(),
                "Netanyahu's statement on Tuesday");
        JsonObject rafah = event(events, "MILITARY_OPERATION", Set.of(), "Rafah", null)
                .filter(e -> e.getString("modality").equals("PLANNED"))
                .orElseThrow(() -> new AssertionError("the planned operation in Rafah: " + events));
        assertEquals(JsonValue.NULL, rafah.get("date"), "a plan has no date of its own");
        JsonObject protest = event(events, "PROTEST", Set.of("Antony Blinken"), "Tel Aviv", "2024-04-30")
                .orElseThrow(() -> new AssertionError("the families' protest: " + events));
        assertTrue(protest.getJsonArray("participants").stream().map(JsonValue::asJsonObject)
                .anyMatch(p -> p.getString("name").equals("Antony Blinken") && p.getString("role").equals("TARGET")));
        assertTrue(event(events, "PHONE_CALL", Set.of("Benjamin Netanyahu"), null, "2024-04-04").isPresent(),
                "the Biden–Netanyahu call of 4 April");

        // Every report is stored with its listing; the timeline lists one per happening unless asked for all.
        long listed = events.stream().filter(e -> e.getString("listing").equals("LISTED")).count();
        assertTrue(listed >= 7 && listed < events.size(), "the seven happenings a reader sees, and the repeats,"
                + " sources and topics kept beside them: " + events);
        HttpResponse<String> byDefault = Api.asAdmin().get("api/timeline?document=" + id);
        HttpResponse<String> all = Api.asAdmin().get("api/timeline?document=" + id + "&events=all");
        assertEquals(200, all.statusCode(), all.body());
        assertEquals(String.valueOf(listed), byDefault.headers().firstValue("X-Timeline-Events").orElseThrow());
        assertEquals(String.valueOf(events.size()), all.headers().firstValue("X-Timeline-Events").orElseThrow());
        assertEquals(listed, Api.array(byDefault).size(), "one entry per happening: one document's reports never join");
        assertTrue(Api.array(all).size() > Api.array(byDefault).size(), "events=all shows more entries");
        assertEquals(Api.array(byDefault).size(),
                Api.array(Api.asAdmin().get("api/timeline?document=" + id + "&events=listed")).size());
        HttpResponse<String> wrong = Api.asAdmin().get("api/timeline?document=" + id + "&events=some");
        assertEquals(400, wrong.statusCode(), wrong.body());
        assertTrue(wrong.body().contains("events") && wrong.body().contains("some"), "says what was wrong: "
                + wrong.body());

        JsonArray mentions = Api.array(Api.asAdmin().get("api/documents/" + id + "/entities"));
        Map<String, String> named = mentions.stream().map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(m -> m.getString("text"), m -> m.getString("name"), (a, b) -> a));
        assertEquals("Jerusalem", named.get("al-Quds"));
        assertEquals("Antony Blinken", named.get("top US diplomat"));
        assertEquals("Antony Blinken", named.get("Secretary"));
        assertEquals("Antony Blinken", named.get("Blinken"));
        assertFalse(named.containsKey("He") || named.containsKey("he"), "a pronoun is never an entity");
        JsonObject first = mentions.getJsonObject(0);
        String text = Api.asAdmin().get("api/documents/" + id + "/text").body();
        assertEquals(first.getString("text"), text.substring(first.getInt("begin"), first.getInt("end")),
                "offsets refer to the extracted text");

        List<JsonObject> times = Api.array(Api.asAdmin().get("api/documents/" + id + "/times")).stream()
                .map(JsonValue::asJsonObject).toList();
        JsonObject wednesday = times.stream().filter(t -> t.getString("text").equals("Wednesday")).findFirst().orElseThrow();
        assertEquals("DATE", wednesday.getString("type"));
        assertEquals("2024-05-01", wednesday.getString("value"));
        assertEquals("PUBLICATION_DATE", wednesday.getString("anchor"));

        List<String> steps = Api.array(Api.asAdmin().get("api/documents/" + id + "/history")).stream()
                .map(h -> h.asJsonObject().getString("step")).toList();
        assertTrue(steps.containsAll(List.of("EXTRACTED", "ANALYSIS_STARTED", "ANALYZED")), steps.toString());
    }

    @Test
    void withoutAPublicationDateRelativeDatesFallBackToTheUploadDateAndSaySo() {
        long id = analysed("The minister met union leaders on Monday in Lisbon.", null);

        JsonObject monday = Api.array(Api.asAdmin().get("api/documents/" + id + "/times")).getJsonObject(0);
        assertEquals("UPLOAD_DATE", monday.getString("anchor"));
        String analysed = Api.array(Api.asAdmin().get("api/documents/" + id + "/history")).stream()
                .map(JsonValue::asJsonObject).filter(h -> h.getString("step").equals("ANALYZED"))
                .map(h -> h.getString("detail")).findFirst().orElseThrow();
        assertTrue(analysed.contains("upload date"), analysed);
    }

    @Test
    void theSamePersonIsOneEntityAcrossDocuments() {
        String last = "Quint" + letters(4);
        String name = "Marisol " + last;
        long first = analysed("Finance minister " + name + " resigned on Friday in Madrid.", "2024-05-03");
        long second = analysed("The budget will pass, " + last + " told reporters in Madrid on Tuesday.", "2024-05-08");

        long a = entityIdOf(first, last);
        long b = entityIdOf(second, last);
        assertEquals(a, b, "the last name alone in another document is the same person");
        JsonObject entity = Api.object(Api.asAdmin().get("api/entities/" + a));
        assertEquals("PERSON", entity.getString("type"));
        assertEquals(2, entity.getJsonNumber("documents").longValue());
        assertTrue(entity.getJsonArray("aliases").toString().contains(last), entity.toString());
        JsonObject page = Api.object(Api.asAdmin().get("api/entities?type=PERSON&q=" + last));
        assertEquals(1, page.getJsonNumber("total").longValue(), page.toString());
    }

    /** Random lowercase letters: names no model has seen, so each run starts afresh. */
    private static String letters(int n) {
        StringBuilder s = new StringBuilder();
        java.util.Random random = new java.util.Random();
        for (int i = 0; i < n; i++) {
            s.append((char) ('a' + random.nextInt(26)));
        }
        return s.toString();
    }

    private static long entityIdOf(long documentId, String textPart) {
        return Api.array(Api.asAdmin().get("api/documents/" + documentId + "/entities")).stream()
                .map(JsonValue::asJsonObject).filter(m -> m.getString("text").contains(textPart)).findFirst()
                .map(m -> m.getJsonNumber("entityId").longValue())
                .orElseThrow(() -> new AssertionError("no mention of " + textPart + " in document " + documentId));
    }

    @Test
    void decisionsAreReappliedAfterReanalysisAndNeverOverwritten() throws IOException {
        long id = analysed(sample(), "2024-05-01");
        Api editor = user("EDITOR");
        List<JsonObject> before = events(id);
        JsonObject call = event(before, "PHONE_CALL", Set.of("Benjamin Netanyahu"), null, null).orElseThrow();
        JsonObject aid = before.stream().filter(e -> e.getString("type").equals("HUMANITARIAN_AID")).findFirst().orElseThrow();

        HttpResponse<String> redated = editor.postJson("api/documents/" + id + "/decisions", "{\"kind\":\"DATE_EVENT\","
                + "\"begin\":" + call.getInt("begin") + ",\"end\":" + call.getInt("end") + ",\"date\":\"2024-04\","
                + "\"reason\":\"the source is vague\"}");
        assertEquals(202, redated.statusCode(), redated.body());
        HttpResponse<String> rejected = editor.postJson("api/documents/" + id + "/decisions", "{\"kind\":\"REJECT_EVENT\","
                + "\"begin\":" + aid.getInt("begin") + ",\"end\":" + aid.getInt("end") + "}");
        assertEquals(202, rejected.statusCode(), rejected.body());
        awaitAnalysedAfter(id, "DECISION_RECORDED");

        HttpResponse<String> again = editor.post("api/documents/" + id + "/reanalyze");
        assertEquals(202, again.statusCode(), again.body());
        awaitAnalysedAfter(id, "REANALYSIS_REQUESTED");

        List<JsonObject> after = events(id);
        JsonObject callAfter = event(after, "PHONE_CALL", Set.of("Benjamin Netanyahu"), null, null).orElseThrow();
        assertEquals("2024-04", callAfter.getJsonObject("date").getString("value"), "the editor's date stays");
        assertEquals("MONTH", callAfter.getJsonObject("date").getString("granularity"));
        assertEquals("ACCEPTED", callAfter.getString("review"));
        assertTrue(after.stream().noneMatch(e -> e.getInt("begin") == aid.getInt("begin")), "the rejected event stays away");
        assertEquals(before.size() - 1, after.size());
        JsonArray decisions = Api.array(editor.get("api/documents/" + id + "/decisions"));
        assertEquals(2, decisions.size());
        JsonObject dated = decisions.stream().map(JsonValue::asJsonObject)
                .filter(d -> d.getString("kind").equals("DATE_EVENT")).findFirst().orElseThrow();
        assertEquals("the source is vague", dated.getString("reason"));
        assertEquals("2024-04", dated.getString("date"));
        assertTrue(dated.getString("decidedBy").startsWith("editor-"), dated.toString());
    }

    private static void awaitAnalysedAfter(long id, String step) {
        long end = System.nanoTime() + SETTLE.toNanos();
        while (System.nanoTime() < end) {
            List<String> steps = Api.array(Api.asAdmin().get("api/documents/" + id + "/history")).stream()
                    .map(h -> h.asJsonObject().getString("step")).toList();
            int last = Math.max(steps.lastIndexOf(step), steps.lastIndexOf("REANALYSIS_REQUESTED"));
            if (steps.lastIndexOf("ANALYZED") > last) {
                return;
            }
            Api.sleep(250);
        }
        throw new AssertionError("document " + id + " was not analysed again");
    }

    @Test
    void anAdminTeachesANameAndReanalysisFindsIt() {
        String outlet = "Zentrix Wire " + letters(1).toUpperCase() + letters(4);
        String filename = "wire-report-" + UUID.randomUUID() + ".txt";
        long id = analysed("A report by the " + outlet + " said talks would resume.", "2024-05-01", filename);
        assertTrue(Api.array(Api.asAdmin().get("api/documents/" + id + "/entities")).stream()
                .noneMatch(m -> m.asJsonObject().getString("foundBy").equals("GAZETTEER")
                        && m.asJsonObject().getString("text").contains("Zentrix")), "not in the gazetteer yet");

        HttpResponse<String> byEditor = user("EDITOR").postJson("api/knowledge/gazetteer",
                "{\"name\":\"" + outlet + "\",\"type\":\"ORGANIZATION\"}");
        assertEquals(403, byEditor.statusCode(), "only admins change the gazetteer");
        HttpResponse<String> added = Api.asAdmin().postJson("api/knowledge/gazetteer",
                "{\"name\":\"" + outlet + "\",\"type\":\"ORGANIZATION\",\"note\":\"a wire service\"}");
        assertEquals(201, added.statusCode(), added.body());
        HttpResponse<String> twice = Api.asAdmin().postJson("api/knowledge/gazetteer",
                "{\"name\":\"" + outlet + "\",\"type\":\"ORGANIZATION\"}");
        assertEquals(409, twice.statusCode(), twice.body());

        HttpResponse<String> all = user("EDITOR").post("api/documents/reanalyze?q=" + filename);
        assertEquals(202, all.statusCode(), all.body());
        assertEquals(1, Api.object(all).getInt("reanalyzed"), "every document the filter matches, here one");
        awaitAnalysedAfter(id, "REANALYSIS_REQUESTED");
        JsonObject mention = Api.array(Api.asAdmin().get("api/documents/" + id + "/entities")).stream()
                .map(JsonValue::asJsonObject).filter(m -> m.getString("text").equals(outlet)).findFirst()
                .orElseThrow(() -> new AssertionError("the new gazetteer name is found after re-analysis"));
        assertEquals("ORGANIZATION", mention.getString("type"));
        assertEquals("GAZETTEER", mention.getString("foundBy"));
    }

    @Test
    void theTaxonomyIsSeededAndEditableByAdminsOnly() {
        JsonArray types = Api.array(user("READER").get("api/knowledge/event-types"));
        Set<String> codes = types.stream().map(t -> t.asJsonObject().getString("code")).collect(Collectors.toSet());
        assertTrue(codes.size() >= 18, codes.toString());
        assertTrue(codes.containsAll(Set.of("MEETING", "STATEMENT", "PHONE_CALL", "PROTEST", "MILITARY_OPERATION",
                "AGREEMENT", "ARREST", "ACQUISITION")), codes.toString());

        String code = "STRIKE_" + UUID.randomUUID().toString().substring(0, 6).toUpperCase().replaceAll("[^A-Z]", "X");
        String body = "{\"code\":\"" + code + "\",\"name\":\"Labour strike\",\"triggers\":\"strike/N, walkout\","
                + "\"patterns\":\"go on strike\"}";
        assertEquals(403, user("EDITOR").postJson("api/knowledge/event-types", body).statusCode());
        HttpResponse<String> created = Api.asAdmin().postJson("api/knowledge/event-types", body);
        assertEquals(201, created.statusCode(), created.body());
        HttpResponse<String> bad = Api.asAdmin().postJson("api/knowledge/event-types",
                "{\"code\":\"bad code!\",\"name\":\"x\",\"triggers\":\"x\"}");
        assertEquals(400, bad.statusCode(), bad.body());
        assertTrue(Api.object(bad).getString("detail").contains("code"), bad.body());
        assertEquals(204, Api.asAdmin().delete("api/knowledge/event-types/" + code).statusCode());
    }

    @Test
    void rolesAreCheckedOnEveryAnalysisEndpoint() throws IOException {
        long id = analysed("Protesters marched in Paris on Saturday.", "2024-05-04");
        Api reader = user("READER");
        for (String path : List.of("api/documents/" + id + "/entities", "api/documents/" + id + "/times",
                "api/documents/" + id + "/events", "api/entities", "api/knowledge/event-types")) {
            assertEquals(200, reader.get(path).statusCode(), path);
            assertEquals(401, Api.anonymous().get(path).statusCode(), path);
        }
        assertEquals(403, reader.get("api/knowledge/aliases").statusCode(), "editors and admins read the aliases");
        assertEquals(403, reader.post("api/documents/" + id + "/reanalyze").statusCode());
        assertEquals(403, reader.postJson("api/documents/" + id + "/decisions",
                "{\"kind\":\"REJECT_EVENT\",\"begin\":0,\"end\":5}").statusCode());
        assertEquals(403, user("ARCHIVIST").postJson("api/documents/reanalyze", "{}").statusCode());
        assertEquals(404, reader.get("api/entities/987654321").statusCode());
        HttpResponse<String> outside = user("EDITOR").postJson("api/documents/" + id + "/decisions",
                "{\"kind\":\"REJECT_EVENT\",\"begin\":0,\"end\":100000}");
        assertEquals(400, outside.statusCode(), outside.body());
        assertNotEquals("", Api.object(outside).getString("detail"));
    }
}
