package io.storyline.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.storyline.it.support.Api;
import io.storyline.it.support.Browser;
import io.storyline.it.support.Deployments;
import io.storyline.it.support.SharedServer;
import io.storyline.it.support.TestServer;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.spec.WebArchive;
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

/**
 * Documents written to attack whoever reads them: script payloads in the title, text, byline, publisher, file name
 * and tags, text that looks like template expressions, odd Unicode (right-to-left override, zero-width joiners,
 * combining marks, emoji, a lone surrogate, control characters) and a 200 KB line. Every page where they appear is
 * opened in Chromium: no injected script runs (each payload would set {@code window.__pwned} or open an alert), no
 * injected element exists, and the payload is there to read as text. The JSON, CSV and TimelineJS answers keep it
 * inert too.
 */
@ExtendWith(SharedServer.class)
class HostileContentIT {

    private static final String SCRIPT = "<script>window.__pwned=1</script>";
    private static final String IMG = "<img src=x onerror=\"window.__pwned=1;alert(1)\">";
    private static final String SVG = "\"><svg onload=window.__pwned=1>";
    private static final String JS_URL = "javascript:window.__pwned=1";
    private static final String EL = "{{7*7}} #{7*7} ${7*7}";
    private static final String ODD = "\u202Eevil\u202C zero\u200Dwidth\u200B combining e\u0301\u0308 emoji "
            + "\uD83D\uDCA3\uD83D\uDC69\u200D\uD83D\uDCBB";
    private static final String TAG = "o'brien & co";
    private static final Duration SETTLE = Duration.ofMinutes(4);

    private static String token;
    private static long html;
    private static long plain;
    private static long controls;
    private static long huge;
    private static long story;
    private static String entity;


    @BeforeAll
    static void uploadHostileDocuments() {
        token = "hostile" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        Api admin = Api.asAdmin();
        huge = upload("huge-" + token + ".txt", hugeLine(), Map.of());
        html = upload("page-" + token + ".html", hostilePage(), Map.of("source", IMG + " Press", "tags", TAG));
        plain = upload("<svg onload=window.__pwned=1>-" + token + ".txt", "Plain " + token + " " + SCRIPT + "\n\n"
                + "GENEVA, March 6 - Angela Merkel met officials of the World Health Organization in Geneva on Tuesday,"
                + " saying " + SCRIPT + " and " + IMG + " were no answer. " + SVG + " " + EL + " " + JS_URL + " "
                + ODD + " control\u0001\u0007\u001B\u007F end.\n", Map.of("source", SVG + " Wire"));
        controls = upload("controls-" + token + ".txt", "Controls " + token + "\n\nA NUL \u0000 and a backspace"
                + " \u0008 in plain text.\n", Map.of());
        for (long id : List.of(html, plain, controls, huge)) {
            admin.awaitSettled(id, SETTLE);
        }
        assertEquals("ANALYZED", Api.object(admin.get("api/documents/" + plain)).getString("status"));

        JsonArray mentions = Api.array(admin.get("api/documents/" + plain + "/entities"));
        entity = mentions.stream().map(JsonValue::asJsonObject).filter(m -> m.getString("name").contains("Merkel"))
                .map(m -> m.get("entityId").toString()).findFirst()
                .orElseThrow(() -> new AssertionError("Merkel is found in " + mentions));
        HttpResponse<String> user = admin.postJson("api/users", "{\"username\":\"" + token + "\",\"displayName\":"
                + json(SCRIPT + " " + IMG + " " + token) + ",\"roles\":[\"READER\"],\"password\":\"Pw-"
                + UUID.randomUUID() + "\"}");
        assertEquals(201, user.statusCode(), user.body());
        HttpResponse<String> created = admin.postJson("api/stories", "{\"title\":" + json(SCRIPT + " story " + token)
                + ",\"note\":" + json(IMG) + ",\"document\":" + plain + "}");
        assertEquals(201, created.statusCode(), created.body());
        story = Api.object(created).getJsonNumber("id").longValue();
    }

    @Test
    void everyPageShowsTheHostileTextAsTextAndRunsNone(TestInfo test) throws Exception {
        Map<String, List<String>> pages = new LinkedHashMap<>();
        pages.put("documents/view.xhtml?id=" + html, List.of("window.__pwned=1", "{{7*7}}", "#{7*7}", "Press"));
        pages.put("documents/view.xhtml?id=" + plain, List.of(SCRIPT, "<img src=x onerror=", "<svg onload=",
                "{{7*7}} #{7*7} ${7*7}", JS_URL, "Wire"));
        pages.put("documents/view.xhtml?id=" + controls, List.of("Controls " + token));
        pages.put("documents/view.xhtml?id=" + huge, List.of("Huge " + token));
        pages.put("documents/list.xhtml?q=" + token, List.of("<svg onload=window.__pwned=1>", "Plain " + token));
        pages.put("search/index.xhtml?q=" + token, List.of("Plain " + token, "<script>"));
        pages.put("timeline/index.xhtml?q=" + token, List.of("window.__pwned=1"));
        pages.put("entities/view.xhtml?id=" + entity, List.of("Angela Merkel"));
        pages.put("entities/list.xhtml?q=Merkel", List.of("Merkel"));
        pages.put("timeline/stories.xhtml", List.of(SCRIPT + " story " + token));
        pages.put("timeline/story.xhtml?id=" + story, List.of(SCRIPT + " story " + token));
        for (String admin : adminPages()) {
            pages.put(admin.substring(1), admin.equals("/admin/users.xhtml") ? List.of(SCRIPT + " <img src=x")
                    : List.of());
        }

        try (Browser browser = Browser.session()) {
            WebDriver driver = browser.driver();
            String where = "sign-in";
            try {
                browser.open("documents/list.xhtml");
                browser.signIn("admin", TestServer.adminPassword());
                browser.waitForText(By.tagName("h1"), "Documents");
                List<String> problems = new ArrayList<>();
                for (Map.Entry<String, List<String>> page : pages.entrySet()) {
                    where = page.getKey();
                    browser.open(where);
                    browser.waitFor(By.tagName("h1"));
                    // The browser has loaded the page, its images included (their onerror handlers ran); handlers that
                    // run later, after a script of the page's own, get a moment more.
                    Api.sleep(250);
                    assertInert(driver, where); // a script that ran fails at once: later pages would be unreliable
                    String text = driver.findElement(By.tagName("body")).getText();
                    for (String shown : page.getValue()) {
                        if (!text.contains(shown)) {
                            browser.screenshot(test.getDisplayName() + " " + where.replaceAll("[^A-Za-z0-9]+", "-"));
                            problems.add(where + " does not show " + shown + " as text:\n" + clip(text));
                        }
                    }
                }
                where = "all pages";
                assertTrue(problems.isEmpty(), String.join("\n\n", problems));
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot(test.getDisplayName() + " " + where.replaceAll("[^A-Za-z0-9]+", "-"));
                throw e;
            }
        }
    }

    @Test
    void theJsonAnswersCarryThePayloadsAsStringsAndNothingElse() {
        Api admin = Api.asAdmin();
        HttpResponse<String> answer = admin.get("api/documents/" + html);
        assertEquals(200, answer.statusCode());
        assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertEquals("nosniff", answer.headers().firstValue("X-Content-Type-Options").orElse(null));
        JsonObject document = Api.object(answer);
        assertTrue(document.getString("title").contains(SCRIPT), document.toString());
        assertTrue(document.getString("byline").contains("<svg onload=window.__pwned=1>"), document.toString());

        HttpResponse<String> text = admin.get("api/documents/" + plain + "/text");
        assertTrue(text.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"),
                "the text is never served as HTML: " + text.headers().map());
        assertEquals("nosniff", text.headers().firstValue("X-Content-Type-Options").orElse(null));
        assertTrue(text.body().contains(SCRIPT), "the payload comes back as it was");
        assertTrue(text.body().contains(java.text.Normalizer.normalize(ODD, java.text.Normalizer.Form.NFC)),
                "odd Unicode comes back, composed (NFC)");
        assertTrue(text.body().chars().noneMatch(c -> c < 0x20 && c != '\n' && c != '\t' || c == 0x7F),
                "control characters are dropped");

        JsonObject search = Api.object(admin.get("api/search?q=" + token));
        assertTrue(search.getInt("total") >= 2, search.toString());
        for (JsonValue item : search.getJsonArray("items")) {
            String snippet = item.asJsonObject().getString("snippet", "");
            assertOnlyHighlighting(snippet, "search snippet");
        }

        HttpResponse<String> refused = admin.put("api/documents/" + plain + "/tags/"
                + URLEncoder.encode(SCRIPT, StandardCharsets.UTF_8).replace("+", "%20"), "");
        assertEquals(400, refused.statusCode(), "a tag holds no markup: " + refused.body());
        assertTrue(Api.object(refused).getString("detail").contains("letters, digits"), refused.body());
        JsonArray tags = Api.array(admin.get("api/documents/" + html + "/tags"));
        assertTrue(tags.toString().contains(TAG), "the odd but allowed tag is kept: " + tags);
    }

    @Test
    void exportsKeepThePayloadsInert() {
        Api admin = Api.asAdmin();
        JsonObject timelineJs = Api.object(admin.get("api/timeline/export?format=timelinejs&q=" + token));
        JsonArray events = timelineJs.getJsonArray("events");
        assertFalse(events.isEmpty(), "the Merkel meeting is on the timeline: " + timelineJs);
        for (JsonValue event : events) {
            JsonObject text = event.asJsonObject().getJsonObject("text");
            for (String html : List.of(text.getString("headline", ""), text.getString("text", ""))) {
                assertFalse(html.contains("<script") || html.contains("<img") || html.contains("<svg"),
                        "TimelineJS text is HTML: the payloads must be escaped in it: " + html);
            }
        }
        assertTrue(events.toString().contains("&lt;script&gt;window.__pwned=1&lt;/script&gt;"),
                "the payload is there, escaped: " + events);

        // An editor's words on a story entry are put where a spreadsheet would run them as formulas.
        JsonObject saved = Api.object(admin.get("api/stories/" + story));
        String key = saved.getJsonArray("entries").getJsonObject(0).getJsonObject("entry").getString("key");
        HttpResponse<String> edited = admin.put("api/stories/" + story + "/entries/" + key,
                "{\"summary\":\"=HYPERLINK(\\\"http://evil.example\\\",\\\"x\\\")\",\"note\":\" @SUM(1+1)\"}");
        assertEquals(200, edited.statusCode(), edited.body());
        List<String> csvs = List.of(admin.get("api/stories/" + story + "/export?format=csv").body(),
                admin.get("api/timeline/export?format=csv&q=" + token).body());
        for (String csv : csvs) {
            assertNoFormulaCells(csv);
        }
        assertTrue(csvs.get(0).contains("'=HYPERLINK("), "the formula is kept as text: " + csvs.get(0));
        assertTrue(csvs.get(1).contains(SCRIPT), "CSV is not HTML: the payload is there as it was");

        // The admin's knowledge exports: notes are free text, the names come from people too.
        HttpResponse<String> alias = admin.postJson("api/knowledge/aliases", "{\"alias\":\"Hostile alias " + token
                + "\",\"canonical\":\"Angela Merkel\",\"type\":\"PERSON\",\"note\":"
                + json("=HYPERLINK(\"http://evil.example\") " + SCRIPT) + "}");
        assertTrue(alias.statusCode() == 201 || alias.statusCode() == 200, alias.body());
        HttpResponse<String> name = admin.postJson("api/knowledge/gazetteer", "{\"name\":\"Hostile place " + token
                + "\",\"type\":\"LOCATION\",\"note\":" + json(" +1+1 " + IMG) + "}");
        assertTrue(name.statusCode() == 201 || name.statusCode() == 200, name.body());
        for (String export : List.of("api/knowledge/aliases.csv", "api/knowledge/gazetteer.csv")) {
            String csv = admin.get(export).body();
            assertTrue(csv.contains(token), export + " lists the new row: " + clip(csv));
            assertNoFormulaCells(csv);
        }

        HttpResponse<String> audit = admin.get("api/audit/export");
        if (audit.statusCode() == 200) {
            assertNoFormulaCells(audit.body());
        } else {
            assertEquals(404, audit.statusCode(), "the audit export either exists or not: " + audit.body());
        }
    }

    /** No alert, no {@code window.__pwned}, no element made of a payload, no javascript: link. */
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
            assertEquals(0L, js.executeScript("return document.querySelectorAll('img[src=\"x\"], svg[onload], [onerror]')"
                    + ".length + Array.from(document.querySelectorAll('a[href], iframe[src]')).filter(e => "
                    + "(e.getAttribute('href') || e.getAttribute('src')).trim().toLowerCase()"
                    + ".startsWith('javascript:')).length"), where + ": a payload became an element");
        } catch (UnhandledAlertException e) {
            fail(where + ": an injected script opened an alert: " + e.getAlertText());
        }
    }

    /** HTML from the server (snippets) may hold highlighting and nothing else. */
    private static void assertOnlyHighlighting(String html, String what) {
        Matcher tag = Pattern.compile("<\\s*/?\\s*([a-zA-Z]+)").matcher(html);
        while (tag.find()) {
            assertTrue(Set.of("mark", "b", "em", "strong").contains(tag.group(1).toLowerCase()),
                    what + " holds markup beyond highlighting: " + html);
        }
    }

    /** Every cell of an RFC 4180 document; none starts, maybe after spaces, as a formula. */
    static void assertNoFormulaCells(String csv) {
        for (String cell : cells(csv)) {
            String start = cell.stripLeading();
            if (!start.isEmpty() && "=+-@".indexOf(start.charAt(0)) >= 0 || cell.startsWith("\t")
                    || cell.startsWith("\r")) {
                fail("a spreadsheet would run this cell as a formula: " + cell + "\nin\n" + clip(csv));
            }
        }
    }

    static List<String> cells(String csv) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',' || c == '\n') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else if (c != '\r') {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }

    private static Set<String> adminPages() {
        WebArchive web = Deployments.ear().getAsType(WebArchive.class, Deployments.WEB_MODULE);
        Set<String> pages = new TreeSet<>();
        for (ArchivePath path : web.getContent().keySet()) {
            if (path.get().startsWith("/admin/") && path.get().endsWith(".xhtml")) {
                pages.add(path.get());
            }
        }
        return pages;
    }

    private static String hostilePage() {
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<title>Hostile page</title>"
                + "<meta property=\"og:title\" content=\"Hostile " + token + " " + attr(SCRIPT + " " + IMG + " " + EL) + "\">"
                + "<meta name=\"author\" content=\"" + attr(SVG + " Byline") + "\">"
                + "<link rel=\"canonical\" href=\"" + JS_URL + "\">"
                + "</head><body><article><h1>Hostile " + token + "</h1>"
                + "<p>GENEVA, March 5 - Angela Merkel met officials of the World Health Organization in Geneva on"
                + " Monday, saying " + text(SCRIPT) + " and " + text(IMG) + " were no answer. " + token + "</p>"
                + "<p>Odd text: " + ODD + ", a lone surrogate &#xD800; here, " + text(EL) + ", "
                + "<a href=\"" + JS_URL + "\">a link</a>.</p>"
                + SCRIPT + "<img src=x onerror=\"window.__pwned=1\"></article></body></html>";
    }

    private static String hugeLine() {
        StringBuilder s = new StringBuilder("Huge " + token + "\n\n");
        while (s.length() < 200_000) {
            // words that name no event: 4,000 meetings would make a timeline too long to be the point here
            s.append("Alpha beta gamma delta epsilon zeta eta theta iota kappa. ");
        }
        return s.append(SCRIPT).append(" end of the long line.").toString();
    }

    private static long upload(String filename, String content, Map<String, String> fields) {
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put("publishedAt", "2024-03-06");
        HttpResponse<String> posted = Api.asAdmin().postFiles("api/documents",
                Api.file(filename, content.getBytes(StandardCharsets.UTF_8)), all);
        assertEquals(202, posted.statusCode(), posted.body());
        return Api.array(posted).getJsonObject(0).getJsonNumber("id").longValue();
    }

    private static String attr(String value) {
        return value.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String text(String value) {
        return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String json(String value) {
        return jakarta.json.Json.createValue(value).toString();
    }

    private static String clip(String text) {
        return text.length() > 2_000 ? text.substring(0, 2_000) + "…" : text;
    }
}
