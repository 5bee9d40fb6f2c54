package io.storyline.it.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storyline.it.support.Api;
import io.storyline.it.support.Reports;
import io.storyline.it.support.SharedServer;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code /api/search} on the real index: three analysed reports are searchable as soon as they are analysed, with
 * phrases, AND / OR / NOT, prefixes and fuzzy words, facets that narrow, escaped snippets, date order, saved
 * searches and an admin's re-index; roles and bad parameters are refused with reasons.
 */
@ExtendWith(SharedServer.class)
class SearchIT {

    static final String TOKEN = "sr" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    static long blinken;
    static long hamas;
    static long protest;


    @BeforeAll
    static void reports() {
        blinken = Reports.analysed("Blinken presses for a ceasefire\n\n"
                + "Antony Blinken met Benjamin Netanyahu in Jerusalem on Wednesday to discuss the ceasefire proposal."
                + " Reference " + TOKEN + ".\n\nA reader wrote <script>alert('x')</script> in the comments.\n",
                "2024-05-01");
        hamas = Reports.analysed("Hamas answers\n\nHamas rejected the ceasefire proposal in Doha on Thursday,"
                + " officials said. Reference " + TOKEN + ".\n", "2024-05-03");
        protest = Reports.analysed("Protest in Tel Aviv\n\nThousands of protesters marched in Tel Aviv on"
                + " Saturday to demand a hostage deal. Reference " + TOKEN + ".\n", "2023-11-04");
    }

    static JsonObject search(Api api, String query) {
        HttpResponse<String> response = api.get("api/search?" + query);
        assertEquals(200, response.statusCode(), response.body());
        return Api.object(response);
    }

    static String q(String words) {
        return "q=" + URLEncoder.encode(words, StandardCharsets.UTF_8);
    }

    static Set<Long> ids(JsonObject result) {
        return result.getJsonArray("items").stream()
                .map(i -> i.asJsonObject().getJsonNumber("id").longValue()).collect(Collectors.toSet());
    }

    static List<JsonObject> facet(JsonObject result, String name) {
        return result.getJsonObject("facets").getJsonArray(name).stream().map(JsonValue::asJsonObject).toList();
    }

    @Test
    void analysedReportsAreFoundWithPhrasesOperatorsPrefixesAndFuzzyWords() {
        Api reader = Api.newUser("READER", "search-reader-password-1");
        JsonObject all = search(reader, q(TOKEN));
        assertEquals(Set.of(blinken, hamas, protest), ids(all), all.toString());
        assertEquals(3, all.getInt("total"));

        assertEquals(Set.of(blinken, hamas), ids(search(reader, q(TOKEN + " \"ceasefire proposal\""))));
        assertEquals(Set.of(blinken), ids(search(reader, q(TOKEN + " AND ceasefire NOT Doha"))));
        assertEquals(Set.of(blinken, hamas), ids(search(reader, q(TOKEN + " (Blinken OR Hamas)"))));
        assertEquals(Set.of(blinken), ids(search(reader, q(TOKEN + " Netan*"))));
        assertEquals(Set.of(blinken), ids(search(reader, q(TOKEN + " Netanyahou~"))));
        assertEquals(Set.of(), ids(search(reader, q(TOKEN + " \"proposal ceasefire\""))), "a phrase keeps its order");
    }

    @Test
    void snippetsMarkTheMatchesAndKeepHostileTextInert() {
        JsonObject result = search(Api.asAdmin(), q(TOKEN + " alert"));
        assertEquals(Set.of(blinken), ids(result), result.toString());
        String snippet = result.getJsonArray("items").getJsonObject(0).getString("snippet");
        assertTrue(snippet.contains("<mark>alert</mark>"), snippet);
        assertTrue(snippet.contains("&lt;script&gt;"), snippet);
        assertFalse(snippet.contains("<script"), snippet);
        assertEquals("2024-05-01", result.getJsonArray("items").getJsonObject(0).getString("publishedAt"));
    }

    @Test
    void facetsCountAllHitsAndNarrowTheSearch() {
        JsonObject result = search(Api.asAdmin(), q(TOKEN));
        JsonObject person = facet(result, "entity").stream()
                .filter(v -> v.getString("label").startsWith("Antony Blinken")).findFirst()
                .orElseThrow(() -> new AssertionError("no Blinken in the entity facet: " + result));
        assertEquals(1, person.getInt("count"));
        assertEquals(Set.of(blinken), ids(search(Api.asAdmin(), q(TOKEN) + "&entity=" + person.getString("value"))));

        assertTrue(facet(result, "entityType").stream().anyMatch(v -> v.getString("value").equals("PERSON")),
                result.toString());
        JsonObject years = facet(result, "year").stream().filter(v -> v.getString("value").equals("2024"))
                .findFirst().orElseThrow(() -> new AssertionError("no year 2024: " + result));
        assertEquals(2, years.getInt("count"));
        assertEquals(Set.of(protest), ids(search(Api.asAdmin(), q(TOKEN) + "&year=2023")));
        assertEquals(Set.of(blinken, hamas), ids(search(Api.asAdmin(), q(TOKEN) + "&from=2024-01-01&to=2024-12-31")));
        assertTrue(facet(result, "eventType").stream().anyMatch(v -> !v.getString("label").isBlank()),
                "event types are named: " + result);
        String someEventType = facet(result, "eventType").get(0).getString("value");
        JsonObject byType = search(Api.asAdmin(), q(TOKEN) + "&type=" + someEventType);
        assertEquals(facet(result, "eventType").get(0).getInt("count"), byType.getInt("total"));
    }

    @Test
    void datesOrderTheHitsWhenAsked() {
        JsonArray newest = search(Api.asAdmin(), q(TOKEN) + "&sort=newest").getJsonArray("items");
        assertEquals(hamas, newest.getJsonObject(0).getJsonNumber("id").longValue());
        assertEquals(protest, newest.getJsonObject(2).getJsonNumber("id").longValue());
        JsonArray oldest = search(Api.asAdmin(), q(TOKEN) + "&sort=oldest&size=1&page=1").getJsonArray("items");
        assertEquals(blinken, oldest.getJsonObject(0).getJsonNumber("id").longValue(), "page 2 of size 1");
    }

    @Test
    void usersKeepTheirOwnSavedSearches() {
        Api reader = Api.newUser("READER", "search-saver-quokka-1");
        Api other = Api.newUser("READER", "search-other-quokka-1");
        HttpResponse<String> saved = reader.postJson("api/search/saved",
                "{\"name\": \"Ceasefire " + TOKEN + "\", \"query\": \"q=ceasefire&tag=gaza\"}");
        assertEquals(201, saved.statusCode(), saved.body());
        long id = Api.object(saved).getJsonNumber("id").longValue();
        assertTrue(reader.get("api/search/saved").body().contains("Ceasefire " + TOKEN));
        assertFalse(other.get("api/search/saved").body().contains("Ceasefire " + TOKEN), "private to its owner");
        assertEquals(404, other.delete("api/search/saved/" + id).statusCode());
        assertEquals(400, reader.postJson("api/search/saved", "{\"name\": \"\", \"query\": \"q=x\"}").statusCode());
        assertEquals(204, reader.delete("api/search/saved/" + id).statusCode());
        assertFalse(reader.get("api/search/saved").body().contains("Ceasefire " + TOKEN));
    }

    @Test
    void badParametersAndMissingRolesAreRefusedWithReasons() {
        assertEquals(401, Api.anonymous().get("api/search?" + q(TOKEN)).statusCode());
        HttpResponse<String> tooBig = Api.asAdmin().get("api/search?size=1000");
        assertEquals(400, tooBig.statusCode());
        assertTrue(tooBig.body().contains("size"), tooBig.body());
        HttpResponse<String> badDay = Api.asAdmin().get("api/search?from=yesterday");
        assertEquals(400, badDay.statusCode());
        assertTrue(badDay.body().contains("from"), badDay.body());
        assertEquals(400, Api.asAdmin().get("api/search?sort=sideways").statusCode());
        assertEquals(400, Api.asAdmin().get("api/search?page=600&size=20").statusCode(), "deep paging is bounded");
        Api reader = Api.newUser("READER", "search-index-reader-1");
        assertEquals(403, reader.get("api/search/index").statusCode());
        assertEquals(403, reader.post("api/search/index").statusCode());
    }

    @Test
    void anAdminRebuildsTheIndexAndSearchKeepsWorking() {
        HttpResponse<String> started = Api.asAdmin().post("api/search/index");
        assertTrue(started.statusCode() == 202 || started.statusCode() == 409, started.body());
        JsonObject status = null;
        for (int i = 0; i < 120; i++) {
            status = Api.object(Api.asAdmin().get("api/search/index"));
            if (!status.getBoolean("running")) {
                break;
            }
            Api.sleep(500);
        }
        assertFalse(status.getBoolean("running"), status.toString());
        assertTrue(status.getString("lastMessage").startsWith("re-indexed"), status.toString());
        for (int i = 0; i < 20 && status.getJsonNumber("records").longValue()
                != status.getJsonNumber("documents").longValue(); i++) {
            Api.sleep(500); // a document analysed meanwhile is indexed as its transaction commits
            status = Api.object(Api.asAdmin().get("api/search/index"));
        }
        assertEquals(status.getJsonNumber("records").longValue(), status.getJsonNumber("documents").longValue(),
                "every record is in the index: " + status);
        assertEquals(Set.of(blinken, hamas, protest), ids(search(Api.asAdmin(), q(TOKEN))));
    }
}
