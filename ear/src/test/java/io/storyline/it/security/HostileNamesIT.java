package io.storyline.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.storyline.it.support.Api;
import io.storyline.it.support.Browser;
import io.storyline.it.support.Reports;
import io.storyline.it.support.SharedServer;
import io.storyline.it.support.TestServer;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Alert;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.UnhandledAlertException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Names that carry markup, from every place a name can come from: a plain-text upload written so that the
 * recogniser would make a name of it (the review turned an archivist into an admin this way, through the timeline
 * page), an editor's added mention and event participants, an alias's canonical name, a story title and a user's
 * display name. Every page that shows them is opened in Chromium, the timeline page with its chart in both rows
 * (by type, by actor), the search page with its chart and the documents-per-day chart among them; and the
 * TimelineJS export, grouped both ways, is rendered by the real TimelineJS3, as a newsroom's site would. Each payload
 * would set {@code window.__pwned} or open an alert: nothing runs, no payload becomes an element, and the payloads
 * are there to read as text.
 */
@ExtendWith(SharedServer.class)
class HostileNamesIT {

    private static final String IMG = "<img src='x' onerror='window.__pwned=1;alert(1)'>";
    private static final String SVG = "<svg onload=window.__pwned=1>";
    private static final String CLOSE = "</script><script>window.__pwned=1</script>";
    private static final Duration SETTLE = Duration.ofMinutes(4);

    private static String token;
    private static long document;
    private static long aliased;
    private static long story;
    private static long participant;
    private static long canonical;


    @BeforeAll
    static void namesWithMarkupFromEverywhere() {
        token = "names" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        Api admin = Api.asAdmin();

        // An admin's alias whose canonical name holds markup; documents analysed afterwards use it.
        HttpResponse<String> alias = admin.postJson("api/knowledge/aliases", "{\"alias\":\"Wrenfield Corvane\","
                + "\"canonical\":" + json("Corvane " + CLOSE + " Holdings") + ",\"type\":\"ORGANIZATION\"}");
        assertTrue(alias.statusCode() == 201 || alias.statusCode() == 200, alias.body());

        // A plain text an archivist uploads: the recogniser reads the tag as part of a person's name.
        document = Reports.analysed("Names " + token + "\n\nGENEVA, March 5 - Linda " + IMG + " Greenfield met"
                + " Angela Merkel in Geneva on Tuesday, " + token + " officials said. Linda " + SVG + " Greenfield"
                + " protested in Geneva on Monday.\n", "2024-03-06");
        aliased = Reports.analysed("Alias " + token + "\n\nZURICH, March 5 - Wrenfield Corvane met Angela Merkel"
                + " in Zurich on Tuesday, " + token + " officials said.\n", "2024-03-06");

        for (long id : List.of(document, aliased)) {
            for (JsonValue m : Api.array(admin.get("api/documents/" + id + "/entities"))) {
                String name = m.asJsonObject().getString("name");
                if (id == document) {
                    assertFalse(name.contains("<") || name.contains(">") || name.contains("onerror"),
                            "the recogniser never makes markup part of a name: " + name);
                }
            }
        }

        // An editor names the meeting's participants and adds a mention, with markup in the names.
        JsonObject meeting = Api.array(admin.get("api/documents/" + document + "/events")).stream()
                .map(JsonValue::asJsonObject).filter(e -> e.getString("type").equals("MEETING")).findFirst()
                .orElseThrow(() -> new AssertionError("the meeting is found"));
        String text = admin.get("api/documents/" + document + "/text").body();
        int linda = text.indexOf("Linda");
        Api editor = Api.newUser("EDITOR", "Ed-" + UUID.randomUUID());
        decide(editor, "{\"kind\":\"ADD_MENTION\",\"begin\":" + linda + ",\"end\":" + (linda + 5)
                + ",\"entityType\":\"PERSON\",\"entityName\":" + json(SVG + " Linda " + token) + "}");
        decide(editor, "{\"kind\":\"PARTICIPANTS_EVENT\",\"begin\":" + meeting.getInt("begin") + ",\"end\":"
                + meeting.getInt("end") + ",\"participants\":[{\"role\":\"AGENT\",\"name\":" + json(SVG + " Linda "
                + token) + "},{\"role\":\"PARTICIPANT\",\"name\":" + json("Greenfield " + IMG) + "},"
                + "{\"role\":\"PARTICIPANT\",\"name\":\"Angela Merkel\"}]}");
        Reports.awaitAnalysedAgain(document);

        participant = entityNamed(document, SVG + " Linda " + token, true);
        canonical = entityNamed(aliased, "Corvane " + CLOSE + " Holdings", false);

        HttpResponse<String> created = editor.postJson("api/stories", "{\"title\":" + json(IMG + " story " + token)
                + ",\"note\":" + json(SVG) + ",\"q\":\"" + token + "\"}");
        assertEquals(201, created.statusCode(), created.body());
        story = Api.object(created).getJsonNumber("id").longValue();
        HttpResponse<String> user = admin.postJson("api/users", "{\"username\":\"" + token + "\",\"displayName\":"
                + json(CLOSE + " " + IMG + " " + token) + ",\"roles\":[\"READER\"],\"password\":\"Pw-"
                + UUID.randomUUID() + "\"}");
        assertEquals(201, user.statusCode(), user.body());
    }

    @Test
    void everyPageShowsTheNamesAsTextAndRunsNone(TestInfo test) throws IOException {
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("timeline/index.xhtml?q=" + token + "&group=type", "Greenfield " + IMG);
        pages.put("timeline/index.xhtml?q=" + token + "&group=actor", SVG + " Linda " + token);
        pages.put("timeline/index.xhtml?entity=" + participant + "&group=actor", SVG + " Linda " + token);
        pages.put("timeline/index.xhtml?entity=" + canonical + "&group=actor", "Corvane " + CLOSE);
        pages.put("search/index.xhtml?q=" + token, "Corvane " + CLOSE);
        pages.put("documents/list.xhtml?q=" + token, "Names " + token);
        pages.put("documents/view.xhtml?id=" + document, SVG + " Linda " + token);
        pages.put("documents/view.xhtml?id=" + aliased, "Corvane " + CLOSE);
        pages.put("entities/view.xhtml?id=" + participant, SVG + " Linda " + token);
        pages.put("entities/view.xhtml?id=" + canonical, "Corvane " + CLOSE);
        pages.put("entities/list.xhtml?q=" + token, SVG + " Linda " + token);
        pages.put("timeline/stories.xhtml", IMG + " story " + token);
        pages.put("timeline/story.xhtml?id=" + story, IMG + " story " + token);
        pages.put("admin/users.xhtml", CLOSE + " " + IMG + " " + token);
        pages.put("admin/knowledge.xhtml", "Corvane " + CLOSE);

        try (Browser browser = Browser.session()) {
            WebDriver driver = browser.driver();
            String where = "sign-in";
            try {
                browser.open("documents/list.xhtml");
                browser.signIn("admin", TestServer.adminPassword());
                browser.waitForText(By.tagName("h1"), "Documents");
                List<String> problems = new ArrayList<>();
                for (Map.Entry<String, String> page : pages.entrySet()) {
                    where = page.getKey();
                    browser.open(where);
                    browser.waitFor(By.tagName("h1"));
                    // The browser has loaded the page, its images included (their onerror handlers ran); handlers that
                    // run later, after a script of the page's own, get a moment more.
                    Api.sleep(250);
                    assertInert(driver, where);
                    if (where.startsWith("timeline/index")) {
                        assertTrue(count(driver, "#timeline\\:chart .vis-item") > 0, where + ": the chart is drawn");
                    }
                    if (where.startsWith("admin/knowledge")) {
                        driver.findElement(By.cssSelector("input[id$='aliases:aq']")).sendKeys("Corvane");
                        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> d.findElement(By.tagName("body"))
                                .getText().contains("Wrenfield Corvane"));
                        assertInert(driver, where + " after a search");
                    }
                    if (where.startsWith("search/")) {
                        assertTrue(count(driver, "canvas") > 0, where + ": the top entities chart is drawn");
                    }
                    String shown = driver.findElement(By.tagName("body")).getText();
                    if (!shown.contains(page.getValue())) {
                        browser.screenshot(test.getDisplayName() + " " + where.replaceAll("[^A-Za-z0-9]+", "-"));
                        problems.add(where + " does not show " + page.getValue() + " as text:\n" + clip(shown));
                    }
                }
                where = "the drawn timeline's rows";
                browser.open("timeline/index.xhtml?q=" + token + "&group=actor");
                browser.waitFor(By.cssSelector("#timeline\\:chart .vis-label"));
                String rows = String.valueOf(((JavascriptExecutor) driver).executeScript("return Array.from("
                        + "document.querySelectorAll('#timeline\\\\:chart .vis-label')).map(e => e.textContent).join('|')"));
                assertTrue(rows.contains(SVG + " Linda " + token), "the row is labelled with the name as text: " + rows);
                assertTrue(problems.isEmpty(), String.join("\n\n", problems));
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot(test.getDisplayName() + " " + where.replaceAll("[^A-Za-z0-9]+", "-"));
                throw e;
            }
        }
    }

    /** The TimelineJS export, grouped by type and by actor, rendered by TimelineJS3 itself: nothing runs. */
    @Test
    void theTimelineJsExportStaysTextInTimelineJs(TestInfo test) throws IOException {
        Path library = Path.of(System.getProperty("it.web.libraries"), "timelinejs", "package", "dist");
        assertTrue(Files.isRegularFile(library.resolve("js/timeline.js")), "the build fetched TimelineJS3 from npm");
        try (Browser browser = Browser.session()) {
            WebDriver driver = browser.driver();
            for (String group : List.of("type", "actor")) {
                HttpResponse<String> export = Api.asAdmin().get("api/timeline/export?format=timelinejs&group=" + group
                        + "&q=" + token);
                assertEquals(200, export.statusCode(), export.body());
                assertTrue(export.body().contains(token), export.body());
                Path page = Files.createDirectories(TestServer.screenshots().getParent().resolve("timelinejs"))
                        .resolve("embed-" + group + ".html");
                Files.writeString(page, embedding(library, export.body()), StandardCharsets.UTF_8);
                driver.get(page.toUri().toString());
                new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> count(d, ".tl-slide") > 1);
                Api.sleep(1_000);
                try {
                    assertInert(driver, "TimelineJS, grouped by " + group);
                    String shown = String.valueOf(((JavascriptExecutor) driver).executeScript(
                            "return document.getElementById('timeline').textContent"));
                    String expected = group.equals("actor") ? SVG + " Linda " + token : "Linda";
                    assertTrue(shown.contains(expected), "TimelineJS shows " + expected + " as text: " + clip(shown));
                } catch (AssertionError e) {
                    browser.screenshot(test.getDisplayName() + " " + group);
                    throw e;
                }
            }
        }
    }

    /** A page as a newsroom's site embeds a timeline: TimelineJS3 reads the export, which is data, never markup. */
    private static String embedding(Path library, String export) {
        String data = export.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
        return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Embedded timeline</title>"
                + "<link rel=\"stylesheet\" href=\"" + library.resolve("css/timeline.css").toUri() + "\">"
                + "<script src=\"" + library.resolve("js/timeline.js").toUri() + "\"></script></head>"
                + "<body><div id=\"timeline\" style=\"width:1100px;height:650px\"></div>"
                + "<script>var data = " + data + ";\nwindow.timeline = new TL.Timeline('timeline', data);</script>"
                + "</body></html>";
    }

    private static void decide(Api editor, String json) {
        HttpResponse<String> answer = editor.postJson("api/documents/" + document + "/decisions", json);
        assertTrue(answer.statusCode() / 100 == 2, answer.statusCode() + " " + answer.body());
    }

    /** The id of the entity of that name in the document's mentions or events. */
    private static long entityNamed(long id, String name, boolean participant) {
        Api admin = Api.asAdmin();
        List<JsonObject> named = new ArrayList<>();
        Api.array(admin.get("api/documents/" + id + "/entities")).forEach(m -> named.add(m.asJsonObject()));
        if (participant) {
            Api.array(admin.get("api/documents/" + id + "/events")).forEach(e -> e.asJsonObject()
                    .getJsonArray("participants").forEach(p -> named.add(p.asJsonObject())));
        }
        return named.stream().filter(n -> name.equals(n.getString("name", null)) && !n.isNull("entityId"))
                .map(n -> n.getJsonNumber("entityId").longValue()).findFirst()
                .orElseThrow(() -> new AssertionError(name + " is an entity of document " + id + ": " + named));
    }

    private static long count(WebDriver driver, String css) {
        return driver.findElements(By.cssSelector(css)).size();
    }

    /** No alert, no {@code window.__pwned}, no element made of a payload. */
    private static void assertInert(WebDriver driver, String where) {
        try {
            Alert alert = driver.switchTo().alert();
            String said = alert.getText();
            alert.dismiss();
            fail(where + ": an injected script opened an alert: " + said);
        } catch (NoAlertPresentException expected) {
            // nothing ran
        }
        JavascriptExecutor js = (JavascriptExecutor) driver;
        try {
            assertEquals("undefined", js.executeScript("return typeof window.__pwned"), where + ": an injected script ran");
            assertEquals(0L, js.executeScript("return document.querySelectorAll(\"img[src='x'], svg[onload], "
                    + "[onerror]\").length"), where + ": a payload became an element");
        } catch (UnhandledAlertException e) {
            fail(where + ": an injected script opened an alert: " + e.getAlertText());
        }
    }

    private static String json(String value) {
        return jakarta.json.Json.createValue(value).toString();
    }

    private static String clip(String text) {
        return text.length() > 2_000 ? text.substring(0, 2_000) + "…" : text;
    }
}
