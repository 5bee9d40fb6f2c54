package io.storyline.it.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storyline.it.support.Api;
import io.storyline.it.support.Browser;
import io.storyline.it.support.Reports;
import io.storyline.it.support.SharedServer;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Every audited action is audited the same way from its page and from the REST API: the same person does it once
 * in Chromium and once over HTTP, and {@code /api/audit} holds one entry for each with the same action, the same
 * target and the same actor. The actions the two channels used to disagree on are here: merging and splitting
 * timeline entries (the page wrote nothing) and re-indexing the search index (the API wrote nothing).
 */
@ExtendWith(SharedServer.class)
class SameAuditFromPageAndApiIT {

    /** An audit entry as the comparison sees it: what was done, to what, by whom. */
    record Entry(String action, String target, String actor) {

        static Entry of(JsonObject json) {
            return new Entry(json.getString("action"), json.getString("subject"), json.getString("user"));
        }

        /** The same entry with {@code key} (one channel's event key) said as {@code name}. */
        Entry naming(String key, String name) {
            return new Entry(action, target.replace(key, name), actor);
        }
    }

    @Test
    void aReIndexIsAuditedTheSameFromTheSearchIndexPageAndTheApi(TestInfo test) throws Exception {
        String password = "Reindex-Pw-" + UUID.randomUUID();
        String admin = createUser("reindexer", "ADMIN", password);
        Api api = Api.as(admin, password);

        HttpResponse<String> started = api.post("api/search/index");
        assertEquals(202, started.statusCode(), started.body());
        awaitIndexIdle(api);

        try (Browser browser = Browser.session()) {
            try {
                browser.open("admin/search.xhtml");
                browser.signIn(admin, password);
                browser.waitFor(By.id("index:reindex")).click();
                browser.waitFor(By.cssSelector(".ui-confirmdialog-yes")).click();
                browser.waitForText(By.tagName("body"), "Re-index started.");
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot(test.getDisplayName().replaceAll("\\W+", "-"));
                throw e;
            }
        }
        awaitIndexIdle(api);

        List<Entry> entries = entries(admin, "SEARCH_REINDEX");
        assertEquals(2, entries.size(), "one entry from the API, one from the page: " + entries);
        assertEquals(new Entry("SEARCH_REINDEX", "search index", admin), entries.get(0), "the page's");
        assertEquals(entries.get(0), entries.get(1), "the page's entry is the API's");
    }

    @Test
    void mergingAndSplittingTimelineEntriesIsAuditedTheSameFromThePageAndTheApi(TestInfo test) throws Exception {
        String password = "Timeline-Pw-" + UUID.randomUUID();
        String editor = createUser("merger", "EDITOR", password);
        Api api = Api.as(editor, password);

        // Through the API: the late report is split off its meeting, then merged back with the first report.
        String viaApi = "au" + UUID.randomUUID().toString().substring(0, 8);
        long[] apiDocs = threeReports(viaApi);
        String apiLate = keyOf(meeting(timeline(api, viaApi), apiDocs[0]), apiDocs[2]);
        HttpResponse<String> split = api.postJson("api/timeline/split", "{\"event\":\"" + apiLate
                + "\",\"q\":\"" + viaApi + "\"}");
        assertEquals(204, split.statusCode(), split.body());
        String apiMeeting = meeting(timeline(api, viaApi), apiDocs[0]).getString("key");
        List<String> apiPair = Stream.of(apiMeeting, apiLate).sorted().toList();
        HttpResponse<String> merged = api.postJson("api/timeline/links", "{\"a\":\"" + apiPair.get(0) + "\",\"b\":\""
                + apiPair.get(1) + "\",\"kind\":\"SAME\"}");
        assertEquals(204, merged.statusCode(), merged.body());
        assertEquals(apiLate, keyOf(meeting(timeline(api, viaApi), apiDocs[0]), apiDocs[2]), "merged back");
        List<Entry> fromApi = entries(editor, "DECISION");

        // On the page: the same two decisions on reports of their own.
        String viaPage = "pg" + UUID.randomUUID().toString().substring(0, 8);
        long[] pageDocs = threeReports(viaPage);
        String pageLate = keyOf(meeting(timeline(api, viaPage), pageDocs[0]), pageDocs[2]);
        String pageMeeting;
        try (Browser browser = Browser.session()) {
            WebDriver driver = browser.driver();
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
            try {
                browser.open("timeline/index.xhtml?q=" + viaPage);
                browser.signIn(editor, password);
                browser.waitForText(By.id("timeline:entryCount"), "entries");
                By lateCitation = By.xpath("//li[contains(@class,'timeline-entry')]//ul[@class='citations']/li"
                        + "[.//q[contains(., 'on Thursday')]]//button[contains(@class,'split')]");
                wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                        .until(ExpectedConditions.elementToBeClickable(lateCitation)).click();
                browser.waitForText(By.tagName("body"), "now stands on its own");
                pageMeeting = meeting(timeline(api, viaPage), pageDocs[0]).getString("key");
                for (String key : List.of(pageMeeting, pageLate)) {
                    WebElement box = wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                            .until(ExpectedConditions.elementToBeClickable(By.cssSelector(
                                    "li.timeline-entry[data-key='" + key + "'] .select-entry")));
                    box.click();
                }
                driver.findElement(By.id("timeline:merge")).click();
                browser.waitForText(By.tagName("body"), "2 entries are now one event");
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot(test.getDisplayName().replaceAll("\\W+", "-"));
                throw e;
            }
        }
        assertEquals(pageLate, keyOf(meeting(timeline(api, viaPage), pageDocs[0]), pageDocs[2]),
                "merged back on the page");
        List<Entry> all = entries(editor, "DECISION");
        assertEquals(4, all.size(), "a split and a merge from each channel: " + all);
        List<Entry> fromPage = all.subList(0, 2);
        assertEquals(fromApi, all.subList(2, 4), "the API's entries are still the oldest two");

        assertEquals(List.of(new Entry("DECISION", "timeline events " + String.join(" and ", apiPair), editor),
                new Entry("DECISION", "timeline event " + apiLate, editor)), fromApi);
        List<Entry> apiNamed = fromApi.stream().map(e -> e.naming(apiLate, "LATE").naming(apiMeeting, "MEETING"))
                .toList();
        List<Entry> pageNamed = fromPage.stream().map(e -> e.naming(pageLate, "LATE").naming(pageMeeting, "MEETING"))
                .toList();
        boolean sameOrder = apiPair.get(0).equals(apiMeeting) == Stream.of(pageMeeting, pageLate).sorted().toList()
                .get(0).equals(pageMeeting);
        if (sameOrder) {
            assertEquals(apiNamed, pageNamed, "the page audits its merge and its split as the API does");
        } else {
            assertEquals(apiNamed.get(1), pageNamed.get(1), "the page audits its split as the API does");
            assertEquals(Stream.of("LATE", "MEETING").sorted().toList(), Stream.of(pageNamed.get(0).target()
                    .substring("timeline events ".length()).split(" and ")).sorted().toList());
            assertEquals("DECISION", pageNamed.get(0).action());
            assertEquals(editor, pageNamed.get(0).actor());
        }
    }

    @Test
    void creatingDisablingAndEnablingAUserIsAuditedTheSameFromTheUsersPageAndTheApi(TestInfo test) throws Exception {
        String password = "Users-Pw-" + UUID.randomUUID();
        String admin = createUser("usersadmin", "ADMIN", password);
        Api api = Api.as(admin, password);

        String viaApi = "api-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> created = api.postJson("api/users", "{\"username\":\"" + viaApi
                + "\",\"displayName\":\"By the API\",\"roles\":[\"READER\"],\"password\":\"" + password + "\"}");
        assertEquals(201, created.statusCode(), created.body());
        assertEquals(200, api.post("api/users/" + viaApi + "/disable").statusCode());
        assertEquals(200, api.post("api/users/" + viaApi + "/enable").statusCode());
        List<Entry> fromApi = Stream.of("USER_CREATE", "USER_DISABLE", "USER_ENABLE")
                .flatMap(action -> entries(admin, action).stream()).toList();

        String viaPage = "page-" + UUID.randomUUID().toString().substring(0, 8);
        try (Browser browser = Browser.session()) {
            WebDriver driver = browser.driver();
            try {
                browser.open("admin/users.xhtml");
                browser.signIn(admin, password);
                browser.waitFor(By.id("create:username")).sendKeys(viaPage);
                driver.findElement(By.id("create:displayName")).sendKeys("On the page");
                driver.findElement(By.id("create:password")).sendKeys(password);
                driver.findElement(By.id("create:submit")).click();
                browser.waitForText(By.tagName("body"), "User \"" + viaPage + "\" created");
                By row = By.xpath("//tr[td[contains(., '" + viaPage + "')]]");
                new WebDriverWait(driver, Duration.ofSeconds(30))
                        .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                        .until(ExpectedConditions.elementToBeClickable(By.xpath("//tr[td[contains(., '" + viaPage
                                + "')]]//button[contains(@id, ':disable')]"))).click();
                browser.waitForText(By.tagName("body"), "\"" + viaPage + "\" is disabled");
                new WebDriverWait(driver, Duration.ofSeconds(30))
                        .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                        .until(ExpectedConditions.elementToBeClickable(By.xpath("//tr[td[contains(., '" + viaPage
                                + "')]]//button[contains(@id, ':enable')]"))).click();
                browser.waitForText(By.tagName("body"), "\"" + viaPage + "\" can sign in again");
                assertTrue(driver.findElement(row).isDisplayed());
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot(test.getDisplayName().replaceAll("\\W+", "-"));
                throw e;
            }
        }
        List<Entry> all = Stream.of("USER_CREATE", "USER_DISABLE", "USER_ENABLE")
                .flatMap(action -> entries(admin, action).stream()).toList();
        assertEquals(6, all.size(), "each action once from each channel: " + all);
        List<Entry> fromPage = all.stream().filter(e -> e.target().contains(viaPage))
                .map(e -> e.naming(viaPage, "USER")).toList();
        assertEquals(List.of(new Entry("USER_CREATE", "user USER", admin), new Entry("USER_DISABLE", "user USER", admin),
                new Entry("USER_ENABLE", "user USER", admin)), fromPage);
        assertEquals(fromPage, fromApi.stream().map(e -> e.naming(viaApi, "USER")).toList(),
                "the page audits what the API audits");
    }

    @Test
    void taggingADocumentIsAuditedTheSameFromItsPageAndTheApi(TestInfo test) throws Exception {
        String password = "Tags-Pw-" + UUID.randomUUID();
        String archivist = createUser("tagger", "ARCHIVIST", password);
        Api api = Api.as(archivist, password);
        String tag = "audit-" + UUID.randomUUID().toString().substring(0, 8);
        long viaApi = upload(api, "Tagged through the API " + tag);
        long viaPage = upload(api, "Tagged on its page " + tag);

        assertEquals(201, api.put("api/documents/" + viaApi + "/tags/" + tag, "").statusCode());
        assertEquals(204, api.delete("api/documents/" + viaApi + "/tags/" + tag).statusCode());
        try (Browser browser = Browser.session()) {
            WebDriver driver = browser.driver();
            try {
                browser.open("documents/view.xhtml?id=" + viaPage);
                browser.signIn(archivist, password);
                browser.waitFor(By.id("doc:newTag")).sendKeys(tag);
                driver.findElement(By.id("doc:addTag")).click();
                new WebDriverWait(driver, Duration.ofSeconds(30))
                        .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                        .until(ExpectedConditions.elementToBeClickable(By.cssSelector("a.remove-tag"))).click();
                browser.waitFor(By.id("doc:noTags"));
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot(test.getDisplayName().replaceAll("\\W+", "-"));
                throw e;
            }
        }
        HttpResponse<String> answer = Api.asAdmin().get("api/audit?action=TAG&q=" + tag + "&size=10");
        assertEquals(200, answer.statusCode(), answer.body());
        List<JsonObject> json = Api.object(answer).getJsonArray("items").getValuesAs(JsonObject.class);
        List<String> page = json.stream().filter(e -> e.getString("subject").equals("document " + viaPage))
                .map(e -> e.getString("action") + " " + e.getString("user") + " " + e.getString("detail")).toList();
        List<String> rest = json.stream().filter(e -> e.getString("subject").equals("document " + viaApi))
                .map(e -> e.getString("action") + " " + e.getString("user") + " " + e.getString("detail")).toList();
        assertEquals(List.of("TAG " + archivist + " removed " + tag, "TAG " + archivist + " added " + tag), rest,
                "the API's: " + json);
        assertEquals(rest, page, "the page audits added and removed tags as the API does");
    }

    private static long upload(Api api, String text) {
        HttpResponse<String> posted = api.postFiles("api/documents", Api.file("audit-" + UUID.randomUUID() + ".txt",
                ("Reuters, 3 March 2024. " + text + ".").getBytes(StandardCharsets.UTF_8)), java.util.Map.of());
        assertEquals(202, posted.statusCode(), posted.body());
        long id = Api.array(posted).getJsonObject(0).getJsonNumber("id").longValue();
        // a document still on its way is redrawn by the page's poll; the test types into a settled one
        api.awaitSettled(id, Duration.ofMinutes(3));
        return id;
    }

    @Test
    void aBodyItsConstraintsRefuseIsA400ProblemAndAuditsNothing() {
        String password = "Refused-Pw-" + UUID.randomUUID();
        String editor = createUser("refused", "EDITOR", password);
        Api api = Api.as(editor, password);

        HttpResponse<String> empty = api.postJson("api/timeline/links", "{}");
        assertProblem(empty, "Send {\"a\": \"<document>:<begin>-<end>\", \"b\": \"...\", \"kind\": \"SAME\" or"
                + " \"DIFFERENT\", \"reason\": \"...\"}.");
        HttpResponse<String> none = api.postJson("api/timeline/split", "null");
        assertProblem(none, "Send {\"event\": \"<document>:<begin>-<end>\", \"reason\": \"...\", and the timeline's"
                + " filter: \"entity\", \"q\", \"document\", \"from\", \"to\"}.");
        HttpResponse<String> kind = api.postJson("api/timeline/links", "{\"a\":\"1:0-1\",\"b\":\"2:0-1\",\"kind\":\"MAYBE\"}");
        assertProblem(kind, "\"kind\" is SAME or DIFFERENT.");
        HttpResponse<String> blank = api.postJson("api/entities/1/aliases", "{\"alias\":\"  \"}");
        assertProblem(blank, "Send {\"alias\": \"...\", \"reason\": \"...\"}.");
        assertEquals(List.of(), entries(editor, "DECISION"), "a refused request decides nothing");
        assertEquals(List.of(), entries(editor, "ENTITY_ALIAS"));
    }

    private static void assertProblem(HttpResponse<String> answer, String detail) {
        assertEquals(400, answer.statusCode(), answer.body());
        assertEquals("application/problem+json", answer.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        JsonObject problem = Api.object(answer);
        assertEquals(400, problem.getInt("status"));
        assertEquals("urn:storyline:problem:invalid-request", problem.getString("type"));
        assertEquals(detail, problem.getString("detail"));
    }

    private static String createUser(String prefix, String role, String password) {
        String name = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> created = Api.asAdmin().postJson("api/users", "{\"username\":\"" + name
                + "\",\"displayName\":\"Audit " + role + "\",\"roles\":[\"" + role + "\"],\"password\":\"" + password
                + "\"}");
        assertEquals(201, created.statusCode(), created.body());
        return name;
    }

    /** The caller's entries of one action, newest first. */
    private static List<Entry> entries(String user, String action) {
        HttpResponse<String> answer = Api.asAdmin().get("api/audit?user=" + URLEncoder.encode(user,
                StandardCharsets.UTF_8) + "&action=" + action + "&size=50");
        assertEquals(200, answer.statusCode(), answer.body());
        return Api.object(answer).getJsonArray("items").getValuesAs(JsonObject.class).stream().map(Entry::of)
                .toList();
    }

    private static void awaitIndexIdle(Api api) {
        long until = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < until) {
            HttpResponse<String> state = api.get("api/search/index");
            assertEquals(200, state.statusCode(), state.body());
            if (!Api.object(state).getBoolean("running")) {
                return;
            }
            Api.sleep(500);
        }
        throw new AssertionError("the re-index did not finish");
    }

    /**
     * Three reports of one meeting, the third a day late (the timeline takes them as one entry). A split records
     * that the late report is not the event of either other report; a merge with the first undoes one of the two.
     */
    private static long[] threeReports(String tag) {
        long first = Reports.analysed("Audit check " + tag + ": Blinken in Jerusalem\n\n"
                + "JERUSALEM, May 1 - US Secretary of State Antony Blinken met Israeli Prime Minister Benjamin"
                + " Netanyahu in Jerusalem on Wednesday.\n", "2024-05-01");
        long second = Reports.analysed("Audit check " + tag + ": talks on Gaza\n\n"
                + "Antony Blinken met Benjamin Netanyahu in Jerusalem on Wednesday, the State Department said.\n",
                "2024-05-02");
        long late = Reports.analysed("Audit check " + tag + ": a late report\n\n"
                + "Antony Blinken met Benjamin Netanyahu in Jerusalem on Thursday.\n", "2024-05-03");
        return new long[] {first, second, late};
    }

    private static List<JsonObject> timeline(Api api, String tag) {
        HttpResponse<String> response = api.get("api/timeline?q=" + tag);
        assertEquals(200, response.statusCode(), response.body());
        return Api.array(response).stream().map(JsonValue::asJsonObject).toList();
    }

    private static JsonObject meeting(List<JsonObject> entries, long document) {
        return entries.stream().filter(e -> e.getString("type").equals("MEETING"))
                .filter(e -> e.getJsonArray("citations").stream()
                        .anyMatch(c -> c.asJsonObject().getJsonNumber("documentId").longValue() == document))
                .findFirst().orElseThrow(() -> new AssertionError("no meeting cited from " + document + ": " + entries));
    }

    private static String keyOf(JsonObject entry, long document) {
        return entry.getJsonArray("citations").stream().map(JsonValue::asJsonObject)
                .filter(c -> c.getJsonNumber("documentId").longValue() == document)
                .map(c -> c.getString("eventKey")).findFirst().orElseThrow();
    }
}
