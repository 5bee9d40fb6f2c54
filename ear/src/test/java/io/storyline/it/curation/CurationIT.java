package io.storyline.it.curation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storyline.it.support.Api;
import io.storyline.it.support.Reports;
import io.storyline.it.support.SharedServer;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Editors' corrections over the API: a mention rejected, retyped and added, an event given its place and its
 * participants, entities merged, split and aliased; each survives re-analysis, each is a decision with who, when
 * and why, and the reviewed share and precision they measure reach the admins.
 */
@ExtendWith(SharedServer.class)
class CurationIT {

    private static Api editor;
    private static String editorName;


    @BeforeAll
    static void users() {
        editorName = "curator-" + UUID.randomUUID().toString().substring(0, 8);
        String password = "pw-" + UUID.randomUUID();
        HttpResponse<String> created = Api.asAdmin().postJson("api/users", "{\"username\":\"" + editorName
                + "\",\"roles\":[\"EDITOR\"],\"password\":\"" + password + "\"}");
        assertEquals(201, created.statusCode(), created.body());
        editor = Api.as(editorName, password);
    }

    private static String sample() throws IOException {
        try (InputStream in = CurationIT.class.getResourceAsStream("/samples/blinken-netanyahu-rafah.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8) + "\n\n(" + UUID.randomUUID() + ")";
        }
    }

    private static List<JsonObject> mentions(long id) {
        return Api.array(editor.get("api/documents/" + id + "/entities")).stream().map(JsonValue::asJsonObject)
                .toList();
    }

    private static List<JsonObject> events(long id) {
        return Api.array(editor.get("api/documents/" + id + "/events")).stream().map(JsonValue::asJsonObject)
                .toList();
    }

    private static Optional<JsonObject> at(List<JsonObject> items, int begin, int end) {
        return items.stream().filter(m -> m.getInt("begin") == begin && m.getInt("end") == end).findFirst();
    }

    private static HttpResponse<String> decide(long id, String json) {
        HttpResponse<String> response = editor.postJson("api/documents/" + id + "/decisions", json);
        assertEquals(202, response.statusCode(), response.body());
        return response;
    }

    private static void reanalyse(long id) {
        Reports.awaitAnalysedAgain(id);
        HttpResponse<String> again = editor.post("api/documents/" + id + "/reanalyze");
        assertEquals(202, again.statusCode(), again.body());
        Reports.awaitAnalysedAgain(id);
    }

    @Test
    void mentionAndEventCorrectionsSurviveReanalysis() throws IOException {
        long id = Reports.analysed(sample(), "2024-05-01");
        String text = editor.get("api/documents/" + id + "/text").body();
        List<JsonObject> before = mentions(id);
        JsonObject rejected = before.stream().filter(m -> m.getString("text").equals("Rafah")).findFirst().orElseThrow();
        JsonObject retyped = before.stream().filter(m -> m.getString("type").equals("PERSON")
                && m.getString("text").contains("Netanyahu")).findFirst().orElseThrow();
        int missed = text.indexOf("the Israeli military");
        assertTrue(missed > 0, "the sample speaks of the Israeli military");
        assertTrue(at(before, missed, missed + "the Israeli military".length()).isEmpty());
        JsonObject call = events(id).stream().filter(e -> e.getString("type").equals("PHONE_CALL")).findFirst()
                .orElseThrow();

        decide(id, "{\"kind\":\"REJECT_MENTION\",\"begin\":" + rejected.getInt("begin") + ",\"end\":"
                + rejected.getInt("end") + ",\"reason\":\"<b>not</b> here\"}");
        decide(id, "{\"kind\":\"RETYPE_MENTION\",\"begin\":" + retyped.getInt("begin") + ",\"end\":"
                + retyped.getInt("end") + ",\"entityType\":\"OTHER\"}");
        decide(id, "{\"kind\":\"ADD_MENTION\",\"begin\":" + missed + ",\"end\":" + (missed + 20)
                + ",\"entityType\":\"ORGANIZATION\",\"entityName\":\"Israel Defense Forces\"}");
        decide(id, "{\"kind\":\"PLACE_EVENT\",\"begin\":" + call.getInt("begin") + ",\"end\":" + call.getInt("end")
                + ",\"place\":\"Cairo\"}");
        decide(id, "{\"kind\":\"PARTICIPANTS_EVENT\",\"begin\":" + call.getInt("begin") + ",\"end\":"
                + call.getInt("end") + ",\"participants\":[{\"role\":\"AGENT\",\"name\":\"Antony Blinken\"},"
                + "{\"role\":\"RECIPIENT\",\"name\":\"the war cabinet\"}]}");
        HttpResponse<String> badRole = editor.postJson("api/documents/" + id + "/decisions",
                "{\"kind\":\"PARTICIPANTS_EVENT\",\"begin\":" + call.getInt("begin") + ",\"end\":" + call.getInt("end")
                        + ",\"participants\":[{\"role\":\"WIZARD\",\"name\":\"x\"}]}");
        assertEquals(400, badRole.statusCode(), badRole.body());
        assertTrue(Api.object(badRole).getString("detail").contains("WIZARD"), badRole.body());
        HttpResponse<String> noEvent = editor.postJson("api/documents/" + id + "/decisions",
                "{\"kind\":\"PLACE_EVENT\",\"begin\":0,\"end\":3,\"place\":\"Cairo\"}");
        assertEquals(400, noEvent.statusCode(), noEvent.body());

        reanalyse(id);

        List<JsonObject> after = mentions(id);
        assertTrue(at(after, rejected.getInt("begin"), rejected.getInt("end")).isEmpty(), "the rejected mention stays away");
        JsonObject nowOther = at(after, retyped.getInt("begin"), retyped.getInt("end")).orElseThrow();
        assertEquals("OTHER", nowOther.getString("type"));
        assertNotEquals(retyped.getJsonNumber("entityId").longValue(), nowOther.getJsonNumber("entityId").longValue());
        JsonObject added = at(after, missed, missed + 20).orElseThrow(() -> new AssertionError("the added mention stays"));
        assertEquals("Israel Defense Forces", added.getString("name"));
        assertEquals("ORGANIZATION", added.getString("type"));
        JsonObject callAfter = at(events(id), call.getInt("begin"), call.getInt("end")).orElseThrow();
        JsonObject place = callAfter.getJsonObject("place");
        // the archive's entity for Cairo: created here, or found as another document wrote it ("CAIRO, May 2 -")
        assertTrue(place.getString("name").equalsIgnoreCase("Cairo"), place.toString());
        assertTrue(place.containsKey("entityId") && !place.isNull("entityId"), place.toString());
        JsonArray who = callAfter.getJsonArray("participants");
        assertEquals(2, who.size(), who.toString());
        assertEquals("AGENT", who.getJsonObject(0).getString("role"));
        assertEquals("the war cabinet", who.getJsonObject(1).getString("name"));
        assertEquals("ACCEPTED", callAfter.getString("review"));

        JsonArray decisions = Api.array(editor.get("api/documents/" + id + "/decisions"));
        assertEquals(5, decisions.size(), decisions.toString());
        JsonObject reject = decisions.stream().map(JsonValue::asJsonObject)
                .filter(d -> d.getString("kind").equals("REJECT_MENTION")).findFirst().orElseThrow();
        assertEquals(editorName, reject.getString("decidedBy"));
        assertEquals("<b>not</b> here", reject.getString("reason"));
        assertEquals("LOCATION", reject.getString("machineType"));

        JsonArray quality = Api.array(Api.asAdmin().get("api/quality"));
        JsonObject locations = quality.stream().map(JsonValue::asJsonObject)
                .filter(f -> f.getString("subject").equals("ENTITY") && f.getString("type").equals("LOCATION"))
                .findFirst().orElseThrow();
        assertTrue(locations.getInt("reviewed") >= 1 && locations.getInt("wrong") >= 1, locations.toString());
        assertTrue(locations.getJsonNumber("precision").doubleValue() < 1.0, locations.toString());
        assertEquals(403, editor.get("api/quality").statusCode(), "precision figures are for admins");
        assertEquals(401, Api.anonymous().get("api/quality").statusCode());
    }

    @Test
    void entitiesAreMergedSplitAndAliasedAndStaySo() {
        String tag = UUID.randomUUID().toString().substring(0, 6).replaceAll("[^a-z]", "q");
        String full = "Zorblat Quimby" + tag;
        String shortName = "Zorb Quimby" + tag;
        String text = "Zentrix news. " + full + " met officials in Geneva on Monday. Later " + shortName
                + " said the talks went well.\n";
        long id = Reports.analysed(text, "2024-05-06");
        int a = text.indexOf(full);
        int b = text.indexOf(shortName);
        decide(id, "{\"kind\":\"ADD_MENTION\",\"begin\":" + a + ",\"end\":" + (a + full.length())
                + ",\"entityType\":\"PERSON\",\"entityName\":\"" + full + "\"}");
        decide(id, "{\"kind\":\"ADD_MENTION\",\"begin\":" + b + ",\"end\":" + (b + shortName.length())
                + ",\"entityType\":\"PERSON\",\"entityName\":\"" + shortName + "\"}");
        Reports.awaitAnalysedAgain(id);
        long first = at(mentions(id), a, a + full.length()).orElseThrow().getJsonNumber("entityId").longValue();
        long second = at(mentions(id), b, b + shortName.length()).orElseThrow().getJsonNumber("entityId").longValue();
        assertNotEquals(first, second);

        assertEquals(403, Api.newUser("READER", "pw-" + UUID.randomUUID())
                .postJson("api/entities/" + second + "/merge", "{\"into\":" + first + "}").statusCode());
        assertEquals(401, Api.anonymous().postJson("api/entities/" + second + "/merge", "{\"into\":" + first + "}")
                .statusCode());
        assertEquals(400, editor.postJson("api/entities/" + first + "/merge", "{\"into\":" + first + "}").statusCode());
        HttpResponse<String> merged = editor.postJson("api/entities/" + second + "/merge", "{\"into\":" + first
                + ",\"reason\":\"the same man\"}");
        assertEquals(200, merged.statusCode(), merged.body());
        assertEquals(first, Api.object(editor.get("api/entities/" + second)).getJsonNumber("mergedInto").longValue());
        assertEquals(first, at(mentions(id), b, b + shortName.length()).orElseThrow().getJsonNumber("entityId")
                .longValue(), "the short name's mention follows the merge");
        assertEquals(409, editor.postJson("api/entities/" + second + "/merge", "{\"into\":" + first + "}").statusCode(),
                "merged once");

        reanalyse(id);
        assertEquals(first, at(mentions(id), b, b + shortName.length()).orElseThrow().getJsonNumber("entityId")
                .longValue(), "the merge holds after re-analysis");

        HttpResponse<String> split = editor.postJson("api/entities/" + first + "/split", "{\"names\":[\"" + shortName
                + "\"],\"newName\":\"" + shortName + " Junior\",\"reason\":\"his son\"}");
        assertEquals(200, split.statusCode(), split.body());
        long junior = Api.object(split).getJsonNumber("targetEntityId").longValue();
        assertEquals(junior, at(mentions(id), b, b + shortName.length()).orElseThrow().getJsonNumber("entityId")
                .longValue());
        assertEquals(first, at(mentions(id), a, a + full.length()).orElseThrow().getJsonNumber("entityId").longValue(),
                "the other name stays");
        reanalyse(id);
        assertEquals(junior, at(mentions(id), b, b + shortName.length()).orElseThrow().getJsonNumber("entityId")
                .longValue(), "the split holds after re-analysis");

        String alias = "Z. Quimby " + tag;
        HttpResponse<String> aliased = editor.postJson("api/entities/" + first + "/aliases", "{\"alias\":\"" + alias
                + "\"}");
        assertEquals(201, aliased.statusCode(), aliased.body());
        assertTrue(Api.object(editor.get("api/entities/" + first)).getJsonArray("aliases").getValuesAs(
                jakarta.json.JsonString::getString).contains(alias));
        String encoded = URLEncoder.encode(alias, StandardCharsets.UTF_8);
        assertEquals(200, editor.delete("api/entities/" + first + "/aliases?alias=" + encoded).statusCode());
        assertEquals(404, editor.delete("api/entities/" + first + "/aliases?alias=" + encoded).statusCode());

        List<String> kinds = Api.array(editor.get("api/entities/" + first + "/decisions")).stream()
                .map(d -> d.asJsonObject().getString("kind")).toList();
        assertTrue(kinds.containsAll(List.of("MERGE_ENTITY", "SPLIT_ENTITY", "ADD_ALIAS", "REMOVE_ALIAS")),
                kinds.toString());
    }
}
