package io.storyline.it.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storyline.it.support.Api;
import io.storyline.it.support.Reports;
import io.storyline.it.support.SharedServer;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Timelines in the packaged EAR, over HTTP: three reports of one meeting become one entry citing all three, with
 * the date disagreement shown; entries are in time order; an editor's split survives re-analysis and a merge puts
 * them back; a saved story shows what is new since its review and publishes only what was reviewed; the exports
 * are TimelineJS and CSV with document text made inert; roles are checked.
 */
@ExtendWith(SharedServer.class)
class TimelineIT {

    private static final Duration SETTLE = Duration.ofMinutes(3);
    private static final String PASSWORD = "timeline-it-" + UUID.randomUUID();


    /** Uploads a text with a publication date and waits until it is analysed. */
    public static long analysed(String text, String publishedAt) {
        return Reports.analysed(text, publishedAt);
    }

    /** Three reports of Blinken meeting Netanyahu, one a day late; a statement; a visit known to the month. */
    public static long[] threeReports(String tag) {
        long first = analysed("Timeline check " + tag + ": Blinken in Jerusalem\n\n"
                + "JERUSALEM, May 1 - US Secretary of State Antony Blinken met Israeli Prime Minister Benjamin"
                + " Netanyahu in Jerusalem on Wednesday. Netanyahu said on Tuesday that Israel would go into Rafah."
                + " In April, Blinken visited Cairo.\n\nBlinken said <script>alert('x')</script> was no answer.\n",
                "2024-05-01");
        long second = analysed("Timeline check " + tag + ": talks on Gaza\n\n"
                + "Antony Blinken met Benjamin Netanyahu in Jerusalem on Wednesday, the State Department said.\n",
                "2024-05-02");
        long late = analysed("Timeline check " + tag + ": a late report\n\n"
                + "Antony Blinken met Benjamin Netanyahu in Jerusalem on Thursday.\n", "2024-05-03");
        return new long[] {first, second, late};
    }

    @Test
    void aTimelineByTagHoldsTheEventsOfTheTaggedDocumentsOnly() {
        String tag = "tl" + UUID.randomUUID().toString().substring(0, 8);
        long[] docs = threeReports(tag);
        assertEquals(201, Api.asAdmin().put("api/documents/" + docs[0] + "/tags/" + tag, "").statusCode());
        List<JsonObject> entries = timeline(Api.asAdmin(), "tag=" + tag);
        assertFalse(entries.isEmpty(), "the tagged report has events");
        assertTrue(entries.stream().flatMap(e -> e.getJsonArray("citations").stream())
                .allMatch(c -> c.asJsonObject().getJsonNumber("documentId").longValue() == docs[0]), entries.toString());
        HttpResponse<String> story = Api.asAdmin().postJson("api/stories",
                "{\"title\": \"Tagged " + tag + "\", \"tag\": \"" + tag.toUpperCase(java.util.Locale.ROOT) + "\"}");
        assertEquals(201, story.statusCode(), story.body());
        assertEquals(tag, Api.object(story).getJsonObject("filter").getString("tag"), "stored canonical");
    }

    static List<JsonObject> timeline(Api api, String query) {
        HttpResponse<String> response = api.get("api/timeline?" + query);
        assertEquals(200, response.statusCode(), response.body());
        return Api.array(response).stream().map(JsonValue::asJsonObject).toList();
    }

    private static JsonObject meeting(List<JsonObject> entries, long document) {
        return entries.stream().filter(e -> e.getString("type").equals("MEETING"))
                .filter(e -> e.getJsonArray("citations").stream()
                        .anyMatch(c -> c.asJsonObject().getJsonNumber("documentId").longValue() == document))
                .filter(e -> e.getString("summary").contains("Netanyahu"))
                .findFirst().orElseThrow(() -> new AssertionError("no meeting cited from " + document + ": " + entries));
    }

    private static String keyOf(JsonObject entry, long document) {
        return entry.getJsonArray("citations").stream().map(JsonValue::asJsonObject)
                .filter(c -> c.getJsonNumber("documentId").longValue() == document)
                .map(c -> c.getString("eventKey")).findFirst().orElseThrow();
    }

    private static Api user(String role) {
        return Api.newUser(role, PASSWORD);
    }

    @Test
    void reportsOfOneMeetingAreOneEntryInTimeOrderAndEditorsSplitAndMergeThem() {
        String tag = "tl" + UUID.randomUUID().toString().substring(0, 8);
        long[] docs = threeReports(tag);
        List<JsonObject> entries = timeline(Api.asAdmin(), "q=" + tag);

        JsonObject meeting = meeting(entries, docs[0]);
        assertEquals(3, meeting.getJsonArray("citations").size(), "three reports, one entry: " + meeting);
        assertEquals("2024-05-01", meeting.getJsonObject("date").getString("value"));
        assertEquals("DAY", meeting.getJsonObject("date").getString("granularity"));
        assertEquals("1 May 2024", meeting.getJsonObject("date").getString("display"));
        assertTrue(meeting.getBoolean("datesDisagree"), "the late report says Thursday: " + meeting);
        assertEquals(2, meeting.getJsonArray("dates").size(), meeting.toString());
        assertFalse(meeting.getJsonArray("mergedBecause").isEmpty(), "the merge is explained");
        assertTrue(meeting.getJsonArray("mergedBecause").stream().allMatch(w -> w.toString()
                .contains("Antony Blinken, Benjamin Netanyahu")), "the dateline does not hide who met: " + meeting);
        JsonObject citation = meeting.getJsonArray("citations").getJsonObject(0);
        String text = Api.asAdmin().get("api/documents/" + citation.getJsonNumber("documentId") + "/text").body();
        assertEquals(citation.getString("sentence"),
                text.substring(citation.getInt("begin"), citation.getInt("end")), "the citation's span is its sentence");

        LocalDate previous = LocalDate.MIN;
        boolean undatedSeen = false;
        for (JsonObject entry : entries) {
            if (entry.isNull("date")) {
                undatedSeen = true;
                continue;
            }
            assertFalse(undatedSeen, "undated entries come after the dated ones");
            LocalDate start = LocalDate.parse(entry.getJsonObject("date").getString("start"));
            assertFalse(start.isBefore(previous), "in time order: " + entries);
            previous = start;
        }
        JsonObject statement = entries.stream().filter(e -> e.getString("type").equals("STATEMENT")
                && !e.isNull("date") && e.getJsonObject("date").getString("value").equals("2024-04-30")).findFirst()
                .orElseThrow(() -> new AssertionError("Netanyahu's statement on Tuesday: " + entries));
        assertTrue(entries.indexOf(statement) < entries.indexOf(meeting), "30 April before 1 May");

        Api editor = user("EDITOR");
        String lateKey = keyOf(meeting, docs[2]);
        HttpResponse<String> split = editor.postJson("api/timeline/split", "{\"event\":\"" + lateKey
                + "\",\"q\":\"" + tag + "\",\"reason\":\"the Thursday meeting was another one\"}");
        assertEquals(204, split.statusCode(), split.body());
        assertEquals(2, meeting(timeline(editor, "q=" + tag), docs[0]).getJsonArray("citations").size());

        assertEquals(202, Api.asAdmin().post("api/documents/" + docs[2] + "/reanalyze").statusCode());
        Api.sleep(500);
        assertEquals("ANALYZED", Api.asAdmin().awaitSettled(docs[2], SETTLE).getString("status"));
        List<JsonObject> after = timeline(editor, "q=" + tag);
        assertEquals(2, meeting(after, docs[0]).getJsonArray("citations").size(), "the split survives re-analysis");
        assertEquals(1, meeting(after, docs[2]).getJsonArray("citations").size());
        assertFalse(meeting(after, docs[0]).getBoolean("datesDisagree"));

        HttpResponse<String> merged = editor.postJson("api/timeline/links", "{\"a\":\"" + keyOf(meeting, docs[0])
                + "\",\"b\":\"" + lateKey + "\",\"kind\":\"SAME\"}");
        assertEquals(204, merged.statusCode(), merged.body());
        List<JsonObject> relinked = timeline(editor, "q=" + tag);
        JsonObject joined = meeting(relinked, docs[0]);
        assertEquals(2, joined.getJsonArray("citations").size(), joined.toString());
        assertEquals(lateKey, keyOf(joined, docs[2]), "the later decision about the pair wins");
        assertEquals(1, meeting(relinked, docs[1]).getJsonArray("citations").size(),
                "the editor's 'different' between the second and the late report still holds");
    }

    @Test
    void aStoryShowsWhatIsNewAndPublishesWhatWasReviewed() {
        String tag = "st" + UUID.randomUUID().toString().substring(0, 8);
        long[] docs = threeReports(tag);
        Api editor = user("EDITOR");
        HttpResponse<String> created = editor.postJson("api/stories", "{\"title\":\"Blinken's week <b>" + tag
                + "</b>\",\"q\":\"" + tag + "\"}");
        assertEquals(201, created.statusCode(), created.body());
        JsonObject story = Api.object(created);
        long id = story.getJsonNumber("id").longValue();
        assertEquals(0, story.getInt("changedSinceReview"), story.toString());
        assertTrue(story.getJsonArray("entries").stream().allMatch(e -> e.asJsonObject().getBoolean("included")));

        String meetingKey = meeting(story.getJsonArray("entries").stream()
                .map(e -> e.asJsonObject().getJsonObject("entry")).toList(), docs[0]).getString("key");
        HttpResponse<String> corrected = editor.put("api/stories/" + id + "/entries/" + meetingKey,
                "{\"summary\":\"Blinken and Netanyahu meet over Rafah\",\"note\":\"confirmed by two desks\"}");
        assertEquals(200, corrected.statusCode(), corrected.body());
        assertEquals(400, editor.put("api/stories/" + id + "/entries/" + meetingKey, "{\"date\":\"last week\"}")
                .statusCode(), "a date that is no date is refused");

        long added = analysed("Timeline check " + tag + ": Cairo\n\nAntony Blinken met Egyptian President Abdel"
                + " Fattah el-Sisi in Cairo on Friday.\n", "2024-05-04");
        JsonObject later = Api.object(editor.get("api/stories/" + id));
        assertTrue(later.getInt("changedSinceReview") >= 1, later.toString());
        JsonObject fresh = later.getJsonArray("entries").stream().map(JsonValue::asJsonObject)
                .filter(e -> e.getString("status").equals("NEW")).findFirst().orElseThrow();
        assertEquals(added, fresh.getJsonObject("entry").getJsonArray("citations").getJsonObject(0)
                .getJsonNumber("documentId").longValue());

        HttpResponse<String> csv = editor.get("api/stories/" + id + "/export?format=csv");
        assertEquals(200, csv.statusCode(), csv.body());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(csv.body().startsWith("position,date,display_date"), csv.body());
        assertTrue(csv.body().contains("Blinken and Netanyahu meet over Rafah"), "the editor's summary is published");
        assertTrue(csv.body().contains("confirmed by two desks"));
        assertFalse(csv.body().contains("el-Sisi"), "a new entry is published only once reviewed");

        assertTrue(Api.object(editor.get("api/stories/" + id)).isNull("publishedAt"), "a preview publishes nothing");

        JsonObject reviewed = Api.object(editor.post("api/stories/" + id + "/review"));
        assertEquals(0, reviewed.getInt("changedSinceReview"));
        HttpResponse<String> publishing = editor.post("api/stories/" + id + "/publish?format=timelinejs");
        assertEquals(200, publishing.statusCode(), publishing.body());
        JsonObject published = Json.createReader(new StringReader(publishing.body())).readObject();
        assertTrue(published.getJsonArray("events").stream().anyMatch(e -> e.asJsonObject()
                .getJsonObject("text").getString("text").contains("el-Sisi")), "reviewed, so published");
        assertTrue(published.getJsonObject("title").getJsonObject("text").getString("headline").contains("&lt;b&gt;"),
                "the title is escaped for TimelineJS's HTML");
        assertFalse(Api.object(editor.get("api/stories/" + id)).isNull("publishedAt"));
        assertTrue(Api.array(user("READER").get("api/stories")).stream()
                .anyMatch(s -> s.asJsonObject().getJsonNumber("id").longValue() == id));
    }

    @Test
    void exportsAreTimelineJsAndCsvWithDocumentTextMadeInert() {
        String tag = "ex" + UUID.randomUUID().toString().substring(0, 8);
        threeReports(tag);
        HttpResponse<String> json = Api.asAdmin().get("api/timeline/export?format=timelinejs&group=actor&events=all&q=" + tag);
        assertEquals(200, json.statusCode(), json.body());
        assertTrue(json.headers().firstValue("Content-Disposition").orElse("").contains("attachment"));
        JsonObject tjs = Json.createReader(new StringReader(json.body())).readObject();
        JsonArray events = tjs.getJsonArray("events");
        assertFalse(events.isEmpty());
        for (JsonValue v : events) {
            JsonObject e = v.asJsonObject();
            assertTrue(e.getJsonObject("start_date").getInt("year") == 2024, e.toString());
            assertFalse(e.getString("display_date").isBlank());
            assertFalse(e.getJsonObject("text").getString("headline").isBlank());
            assertFalse(e.getString("group").isBlank());
            assertFalse(e.getJsonObject("text").getString("text").contains("<script"), "inert: " + e);
        }
        assertTrue(json.body().contains("&lt;script&gt;"), "the hostile sentence is there, escaped");
        assertTrue(events.stream().anyMatch(e -> e.asJsonObject().getString("display_date").equals("April 2024")
                && !e.asJsonObject().getJsonObject("start_date").containsKey("day")),
                "a month stays a month: " + events);

        HttpResponse<String> csv = Api.asAdmin().get("api/timeline/export?format=csv&q=" + tag);
        assertEquals(200, csv.statusCode());
        String[] lines = csv.body().split("\r\n");
        assertTrue(lines.length >= 4, csv.body());
        assertTrue(lines[0].startsWith("position,date,display_date,granularity,dates_disagree,type,summary"));
        assertEquals(400, Api.asAdmin().get("api/timeline/export?format=pdf&q=" + tag).statusCode());
    }

    @Test
    void rolesAndBadRequestsAreAnsweredClearly() {
        Api reader = user("READER");
        assertEquals(200, reader.get("api/timeline?q=nothing-matches-this-" + UUID.randomUUID()).statusCode());
        assertEquals(401, Api.anonymous().get("api/timeline?q=x").statusCode());
        assertEquals(401, Api.anonymous().get("api/stories").statusCode());
        assertEquals(403, reader.postJson("api/timeline/links", "{\"a\":\"1:0-1\",\"b\":\"2:0-1\",\"kind\":\"SAME\"}")
                .statusCode());
        assertEquals(403, reader.postJson("api/stories", "{\"title\":\"x\",\"q\":\"x\"}").statusCode());
        assertEquals(403, user("ARCHIVIST").postJson("api/timeline/split", "{\"event\":\"1:0-1\",\"q\":\"x\"}")
                .statusCode());
        assertEquals(400, reader.get("api/timeline").statusCode(), "a timeline of everything is refused");
        assertEquals(400, reader.get("api/timeline?tag=%3Cb%3E").statusCode(), "not a tag name");
        assertEquals("[]", reader.get("api/timeline?tag=never-used-" + UUID.randomUUID()).body());
        assertEquals(400, reader.get("api/timeline?q=x&from=yesterday").statusCode());
        assertEquals(400, reader.get("api/timeline?from=2024-05-02&to=2024-05-01").statusCode());
        assertEquals(404, reader.get("api/timeline?entity=987654321").statusCode());
        assertEquals(404, reader.get("api/stories/987654321").statusCode());
        Api editor = user("EDITOR");
        HttpResponse<String> bad = editor.postJson("api/timeline/links", "{\"a\":\"first\",\"b\":\"2:0-1\",\"kind\":\"SAME\"}");
        assertEquals(400, bad.statusCode());
        assertTrue(bad.body().contains("<document>:<begin>-<end>"), bad.body());
        assertEquals(400, editor.postJson("api/stories", "{\"title\":\" \",\"q\":\"x\"}").statusCode());
    }
}
