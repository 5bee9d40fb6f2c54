package io.storyline.it.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storyline.it.support.Api;
import io.storyline.it.support.SharedServer;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A NewsML-G2 item as a news agency delivers it, uploaded through the REST API of the packaged EAR: the document
 * takes the agency's headline, byline, publisher and publication date (with its provenance), and the item's subjects
 * become its tags, which stay as a person left them when the file is read again.
 */
@ExtendWith(SharedServer.class)
class WireFormatIT {

    private static final Duration SETTLE = Duration.ofSeconds(90);

    private final Api api = Api.asAdmin();

    @Test
    void aNewsMlG2ItemGivesTheDocumentItsAgencyMetadataAndSubjects() throws Exception {
        String batch = "wire-it-" + UUID.randomUUID();
        String item;
        try (InputStream in = WireFormatIT.class.getResourceAsStream("/wire/harbour-newsml-nitf.xml")) {
            item = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        // Every run a new item: intake keeps one document per original's bytes.
        item = item.replace("</body.content>", "<p>Reference " + batch + ".</p></body.content>");

        HttpResponse<String> posted = api.postFiles("api/documents", Api.file("harbour.xml",
                item.getBytes(StandardCharsets.UTF_8)), Map.of("tags", batch));
        assertEquals(202, posted.statusCode(), posted.body());
        long id = Api.array(posted).getJsonObject(0).getJsonNumber("id").longValue();
        JsonObject document = api.awaitSettled(id, SETTLE);

        assertEquals("ANALYZED", document.getString("status"), document.toString());
        assertEquals("application/xml", document.getString("mediaType"));
        assertEquals("Rotterdam council approves the new harbour plan", document.getString("title"));
        assertEquals("By Ann Reporter", document.getString("byline"));
        assertEquals("Example Press Agency", document.getString("publisher"));
        assertEquals("en", document.getString("language"));
        assertEquals("2026-05-05T09:30+02:00", document.getString("publishedAt"));
        assertEquals("WIRE_METADATA", document.getString("publishedAtSource"));
        assertEquals(List.of("WIRE_METADATA", "DATELINE"), document.getJsonArray("publishedAtCandidates").stream()
                .map(c -> c.asJsonObject().getString("source")).toList());
        assertEquals(List.of("climate adaptation", "maritime transport", "politics", "ports and harbours", "rotterdam",
                batch), strings(document.getJsonArray("tags")));
        JsonObject politics = Api.array(api.get("api/documents/" + id + "/tags")).stream().map(JsonValue::asJsonObject)
                .filter(t -> t.getString("name").equals("politics")).findFirst().orElseThrow();
        assertEquals("AUTO", politics.getString("origin"), "a subject of the file, put on by the pipeline");
        String text = api.get("api/documents/" + id + "/text").body();
        assertTrue(text.startsWith("ROTTERDAM, May 5 \u2014 The city council of Rotterdam voted on Tuesday"), text);

        assertEquals(204, api.delete("api/documents/" + id + "/tags/politics").statusCode(), "a person takes one off");
        assertEquals(202, api.post("api/documents/reextract?tag=" + batch).statusCode());
        JsonObject again = api.awaitSettled(id, SETTLE);

        assertEquals("ANALYZED", again.getString("status"), again.toString());
        assertEquals(List.of("climate adaptation", "maritime transport", "ports and harbours", "rotterdam", batch),
                strings(again.getJsonArray("tags")), "the subject taken off stays off when the file is read again");
        assertEquals("WIRE_METADATA", again.getString("publishedAtSource"));
    }

    private static List<String> strings(jakarta.json.JsonArray array) {
        return array.getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList();
    }
}
