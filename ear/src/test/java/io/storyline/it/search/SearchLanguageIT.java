package io.storyline.it.search;

import static io.storyline.it.search.SearchIT.ids;
import static io.storyline.it.search.SearchIT.q;
import static io.storyline.it.search.SearchIT.search;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storyline.it.support.Api;
import io.storyline.it.support.Reports;
import io.storyline.it.support.SharedServer;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code /api/search} as a newsroom expects it: English stemming ("protest" finds "protests" and "protested"),
 * quoted words as written, "did you mean" for a misspelt word no document holds, and hits per publication month.
 */
@ExtendWith(SharedServer.class)
class SearchLanguageIT {

    /** Letters only, so the token is a word a suggestion may correct. */
    static final String TOKEN = "Qvxab" + letters(7);
    static long protested;
    static long protests;
    static long older;

    static String letters(int n) {
        Random random = new Random();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < n; i++) {
            out.append((char) ('a' + random.nextInt(26)));
        }
        return out.toString();
    }

    @BeforeAll
    static void reports() {
        protested = Reports.analysed("Tel Aviv\n\nThousands protested in Tel Aviv on Saturday. Marker " + TOKEN
                + ".\n", "2024-05-04");
        protests = Reports.analysed("Haifa\n\nThe protests in Haifa grew on Sunday. Marker " + TOKEN + ".\n",
                "2024-05-05");
        older = Reports.analysed("Jerusalem\n\nA quiet Friday in Jerusalem. Marker " + TOKEN + ".\n", "2024-02-09");
    }

    @Test
    void englishWordsFindTheirOtherFormsAndQuotesKeepTheFormAsWritten() {
        Api reader = Api.newUser("READER", "quiver lantern obsidian marsh 4417");
        assertEquals(Set.of(protested, protests), ids(search(reader, q(TOKEN + " protest"))));
        assertEquals(Set.of(protested, protests), ids(search(reader, q(TOKEN + " protesting"))));
        assertEquals(Set.of(protests), ids(search(reader, q(TOKEN + " \"protests\""))),
                "in quotes, a word is matched as written");
        assertEquals(Set.of(protested), ids(search(reader, q(TOKEN + " \"thousands protested\""))));
        JsonObject hit = search(reader, q(TOKEN + " protest") + "&sort=oldest").getJsonArray("items")
                .getJsonObject(0);
        assertTrue(hit.getString("snippet").contains("<mark>protested</mark>"), hit.toString());
    }

    @Test
    void aMisspeltWordGetsTheArchivesWordAsASuggestion() {
        String typo = "Qvxba" + TOKEN.substring(5);
        JsonObject result = search(Api.asAdmin(), q(typo));
        assertEquals(0, result.getInt("total"), result.toString());
        assertEquals(TOKEN, result.getString("suggestion"), "the typed capital is kept: " + result);
        assertEquals(3, search(Api.asAdmin(), q(result.getString("suggestion"))).getInt("total"));

        JsonObject found = search(Api.asAdmin(), q(TOKEN));
        assertTrue(found.isNull("suggestion") || !found.containsKey("suggestion"), "no suggestion when found: "
                + found);
        JsonObject nothingClose = search(Api.asAdmin(), q("Zzqxjwvkyy" + letters(4)));
        assertEquals(0, nothingClose.getInt("total"));
        assertFalse(nothingClose.containsKey("suggestion") && !nothingClose.isNull("suggestion"),
                nothingClose.toString());
    }

    @Test
    void hitsAreCountedPerPublicationMonth() {
        JsonObject result = search(Api.asAdmin(), q(TOKEN));
        List<JsonObject> bars = result.getJsonArray("histogram").stream().map(JsonValue::asJsonObject).toList();
        assertEquals(List.of("2024-02", "2024-03", "2024-04", "2024-05"),
                bars.stream().map(b -> b.getString("label")).toList(), result.toString());
        assertEquals(List.of(1, 0, 0, 2), bars.stream().map(b -> b.getInt("count")).toList());
        assertEquals("2024-05-01", bars.get(3).getString("from"));
        assertEquals("2024-05-31", bars.get(3).getString("to"));
        assertEquals(Set.of(protested, protests), ids(search(Api.asAdmin(), q(TOKEN) + "&from="
                + bars.get(3).getString("from") + "&to=" + bars.get(3).getString("to"))));
    }
}
