package io.storyline.it.security;

import static io.storyline.it.security.Requests.MISSING;
import static io.storyline.it.security.Requests.awaitIndexIdle;
import static io.storyline.it.security.Requests.awaitSearchable;
import static io.storyline.it.security.Requests.basicAdmin;
import static io.storyline.it.security.Requests.denseWords;
import static io.storyline.it.security.Requests.encode;
import static io.storyline.it.security.Requests.plainProblem;
import static io.storyline.it.security.Requests.raw;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storyline.it.security.Session.User;
import io.storyline.it.support.Api;
import io.storyline.it.support.Reports;
import io.storyline.it.support.SharedServer;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What an outside security review found about broken requests, each as the request that showed it: extreme,
 * broken or hostile values in parameters, searches, multipart forms and JSON bodies get a 4xx problem a person can
 * read, never a 500 or a framework's class name.
 */
@ExtendWith(SharedServer.class)
class MalformedRequestsIT {

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

}
