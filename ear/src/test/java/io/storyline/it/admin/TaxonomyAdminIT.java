package io.storyline.it.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storyline.it.support.Api;
import io.storyline.it.support.Browser;
import io.storyline.it.support.Reports;
import io.storyline.it.support.SharedServer;
import io.storyline.it.support.TestServer;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The taxonomy as admins keep it, from outside: tag categories and tags put in them over REST, with roles; an event
 * type's change previewed on real analysed documents (a new trigger word adds a match, a removed one loses one, a
 * bad pattern is named); and in Chromium the taxonomy page showing a preview.
 */
@ExtendWith(SharedServer.class)
class TaxonomyAdminIT {

    private static final String PASSWORD = "taxonomy-it-" + UUID.randomUUID();


    private static String token() {
        return UUID.randomUUID().toString().substring(0, 8).replaceAll("[^a-z]", "x");
    }

    private static Optional<JsonObject> category(JsonObject overview, long id) {
        return overview.getJsonArray("categories").stream().map(JsonValue::asJsonObject)
                .filter(c -> c.getJsonNumber("id").longValue() == id).findFirst();
    }

    private static Optional<JsonObject> tag(JsonArray tags, String name) {
        return tags.stream().map(JsonValue::asJsonObject).filter(t -> t.getString("name").equals(name)).findFirst();
    }

    @Test
    void categoriesAreCreatedRenamedFilledAndDeletedByAdminsAndReadByEveryone() {
        String token = token();
        String tagName = "gulf-" + token;
        Reports.analysed("Shipping in the Gulf resumed on Monday, port officials said. (" + token + ")", "2024-05-06",
                Map.of("tags", "Gulf-" + token.toUpperCase(Locale.ROOT)));
        Api admin = Api.asAdmin();
        Api reader = Api.newUser("READER", PASSWORD);

        HttpResponse<String> created = admin.postJson("api/tags/categories",
                "{\"name\":\"Region " + token + "\",\"description\":\"Where it happened\"}");
        assertEquals(201, created.statusCode(), created.body());
        long id = Api.object(created).getJsonNumber("id").longValue();
        assertTrue(created.headers().firstValue("Location").orElse("").endsWith("/api/tags/categories/" + id));
        HttpResponse<String> twice = admin.postJson("api/tags/categories", "{\"name\":\"  REGION   " + token + "\"}");
        assertEquals(409, twice.statusCode(), twice.body());
        HttpResponse<String> nameless = admin.postJson("api/tags/categories", "{\"name\":\"  \"}");
        assertEquals(400, nameless.statusCode());
        assertTrue(Api.object(nameless).getString("detail").contains("name"), nameless.body());
        assertEquals(403, reader.postJson("api/tags/categories", "{\"name\":\"Desk " + token + "\"}").statusCode());

        HttpResponse<String> renamed = admin.put("api/tags/categories/" + id,
                "{\"name\":\"Regions " + token + "\",\"description\":\"Where it happened, roughly\"}");
        assertEquals(200, renamed.statusCode(), renamed.body());
        assertEquals("Regions " + token, Api.object(renamed).getString("name"));

        assertEquals(403, reader.put("api/tags/" + tagName + "/category", "{\"category\":" + id + "}").statusCode());
        assertEquals(404, admin.put("api/tags/" + tagName + "/category", "{\"category\":987654321}").statusCode());
        HttpResponse<String> assigned = admin.put("api/tags/" + tagName.toUpperCase(Locale.ROOT) + "/category",
                "{\"category\":" + id + "}");
        assertEquals(200, assigned.statusCode(), assigned.body());
        assertEquals(tagName, Api.object(assigned).getString("tag"), "the tag's canonical name");

        HttpResponse<String> read = reader.get("api/tags/categories");
        assertEquals(200, read.statusCode(), read.body());
        JsonObject overview = Api.object(read);
        JsonObject region = category(overview, id).orElseThrow(() -> new AssertionError(read.body()));
        assertEquals("Regions " + token, region.getString("name"));
        assertEquals("Where it happened, roughly", region.getString("description"));
        JsonObject inRegion = tag(region.getJsonArray("tags"), tagName).orElseThrow();
        assertEquals(1, inRegion.getJsonNumber("documents").longValue(), "the document tagged at upload");
        assertTrue(tag(overview.getJsonArray("uncategorised"), tagName).isEmpty());

        assertEquals(403, reader.delete("api/tags/categories/" + id).statusCode());
        assertEquals(204, admin.delete("api/tags/categories/" + id).statusCode());
        assertEquals(404, admin.delete("api/tags/categories/" + id).statusCode());
        JsonObject after = Api.object(reader.get("api/tags/categories"));
        assertTrue(category(after, id).isEmpty());
        assertEquals(1, tag(after.getJsonArray("uncategorised"), tagName).orElseThrow()
                .getJsonNumber("documents").longValue(), "a deleted category's tags are uncategorised");
    }

    @Test
    void aPreviewShowsWhatAChangedRuleWouldAddAndLoseOnAnalysedDocuments(TestInfo test) throws IOException {
        String token = token();
        long id = Reports.analysed("Dock workers picketed the port of Velmar on Tuesday. The union called a walkout"
                + " after the talks failed. (" + token + ")", "2024-05-07");
        String code = "LABOUR_" + token.toUpperCase(Locale.ROOT);
        Api admin = Api.asAdmin();
        HttpResponse<String> created = admin.postJson("api/knowledge/event-types",
                "{\"code\":\"" + code + "\",\"name\":\"Labour action\",\"triggers\":\"picket/V\",\"patterns\":\"\"}");
        assertEquals(201, created.statusCode(), created.body());
        try {
            HttpResponse<String> wider = admin.postJson("api/knowledge/event-types/" + code + "/preview",
                    "{\"triggers\":\"picket/V, walkout/N\",\"patterns\":\"\"}");
            assertEquals(200, wider.statusCode(), wider.body());
            JsonObject more = Api.object(wider);
            JsonObject walkout = match(more.getJsonArray("added"), id, "walkout")
                    .orElseThrow(() -> new AssertionError("the new trigger word is tagged: " + wider.body()));
            assertEquals(code, walkout.getString("type"));
            assertTrue(walkout.getString("sentence").startsWith("The union called a walkout"), walkout.toString());
            assertEquals("walkout", walkout.getString("sentence").substring(walkout.getInt("triggerBegin"),
                    walkout.getInt("triggerEnd")));
            assertTrue(match(more.getJsonArray("removed"), id, "picketed").isEmpty(), "the old trigger stays");
            assertTrue(more.getInt("documentsLooked") >= 1, wider.body());
            assertTrue(more.getInt("sentencesLooked") >= 2, wider.body());

            HttpResponse<String> narrower = admin.postJson("api/knowledge/event-types/" + code + "/preview",
                    "{\"triggers\":\"walkout/N\"}");
            assertEquals(200, narrower.statusCode(), narrower.body());
            JsonObject picketed = match(Api.object(narrower).getJsonArray("removed"), id, "picketed")
                    .orElseThrow(() -> new AssertionError("the removed trigger loses its match: " + narrower.body()));
            assertEquals(code, picketed.getString("type"));
            assertTrue(picketed.getString("sentence").startsWith("Dock workers picketed"), picketed.toString());
            assertEquals(List.of("picket/V"), Api.object(admin.get("api/knowledge/event-types/" + code))
                    .getJsonArray("triggers").getValuesAs(JsonString::getString), "a preview saves nothing");

            HttpResponse<String> bad = admin.postJson("api/knowledge/event-types/" + code + "/preview",
                    "{\"triggers\":\"picket/V\",\"patterns\":\"go on strike\\n* walk out\"}");
            assertEquals(400, bad.statusCode(), bad.body());
            assertTrue(Api.object(bad).getString("detail").contains("\"* walk out\""), bad.body());
            assertEquals(403, Api.newUser("EDITOR", PASSWORD).postJson("api/knowledge/event-types/" + code
                    + "/preview", "{\"triggers\":\"walkout/N\"}").statusCode());

            previewInTheBrowser(code, test);
        } finally {
            admin.delete("api/knowledge/event-types/" + code);
        }
    }

    private static Optional<JsonObject> match(JsonArray matches, long documentId, String trigger) {
        return matches.stream().map(JsonValue::asJsonObject)
                .filter(m -> m.getJsonNumber("documentId").longValue() == documentId
                        && m.getString("trigger").equals(trigger)).findFirst();
    }

    private static void previewInTheBrowser(String code, TestInfo test) throws IOException {
        try (Browser browser = Browser.session()) {
            WebDriver driver = browser.driver();
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
            wait.ignoring(StaleElementReferenceException.class);
            try {
                browser.open("");
                browser.signIn("admin", TestServer.adminPassword());
                browser.waitForText(By.tagName("h1"), "Documents");
                browser.open("admin/taxonomy.xhtml");
                browser.waitForText(By.tagName("h1"), "Taxonomies");
                assertTrue(driver.findElement(By.id("events:reanalyseLink")).getAttribute("href")
                        .contains("/documents/list.xhtml"));

                WebElement edit = wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                        "//*[@id='events:typeTable']//tr[.//span[@class='code' and .='" + code + "']]//button")));
                edit.click();
                WebElement triggers = browser.waitFor(By.id("events:triggers"));
                wait.until(d -> d.findElement(By.id("events:triggers")).getAttribute("value").equals("picket/V"));
                triggers.clear();
                triggers.sendKeys("walkout/N");
                driver.findElement(By.id("events:preview")).click();

                browser.waitForText(By.id("previewCounts"), "looked at");
                wait.until(d -> !d.findElements(By.cssSelector("#events\\:added mark.trigger")).isEmpty());
                List<String> added = driver.findElements(By.cssSelector("#events\\:added mark.trigger")).stream()
                        .map(WebElement::getText).toList();
                assertTrue(added.contains("walkout"), added.toString());
                List<String> removed = driver.findElements(By.cssSelector("#events\\:removed mark.trigger")).stream()
                        .map(WebElement::getText).toList();
                assertTrue(removed.contains("picketed"), removed.toString());
                String row = driver.findElement(By.xpath("//*[@id='events:added']//tr[.//mark[.='walkout']]"))
                        .getText();
                assertTrue(row.contains("The union called a walkout") && row.contains(code), row);
                browser.screenshot("taxonomy-preview");
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot(test.getDisplayName().replaceAll("\\W+", "-"));
                throw e;
            }
        }
    }
}
