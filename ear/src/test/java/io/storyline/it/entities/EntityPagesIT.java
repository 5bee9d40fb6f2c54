package io.storyline.it.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storyline.it.support.Api;
import io.storyline.it.support.Browser;
import io.storyline.it.support.SharedServer;
import io.storyline.it.support.TestServer;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Entities in the packaged EAR: two reports name one person and one organisation; over HTTP the person's mentions
 * come with their context, the organisation is related through both documents and the meeting is among the
 * person's events; in Chromium a reader finds the person in the entity list, reads their page (names, mentions in
 * context with hostile text shown as text, related entities, events) and follows the links on to the organisation
 * and the timeline. Without login the API refuses.
 */
@ExtendWith(SharedServer.class)
class EntityPagesIT {

    private static final String PERSON = "Margrethe Vestager";
    private static final String ORGANISATION = "World Health Organization";


    @Test
    void aReaderFindsAPersonReadsTheirMentionsAndFollowsTheirRelations(TestInfo test) throws Exception {
        String tag = "en" + UUID.randomUUID().toString().substring(0, 8);
        long first = analysed("Entity check " + tag + ": Vestager in Geneva\n\n"
                + "GENEVA, March 5 - " + PERSON + " met officials of the " + ORGANISATION + " on Monday."
                + " Vestager said <script>alert('x')</script> was no answer.\n", "2024-03-05");
        long second = analysed("Entity check " + tag + ": health talks go on\n\n"
                + PERSON + " said on Tuesday that talks with the " + ORGANISATION + " would resume in Brussels"
                + " next month.\n", "2024-03-06");
        Api api = Api.asAdmin();

        long person = entityId(api, PERSON, "PERSON");
        long organisation = entityId(api, ORGANISATION, "ORGANIZATION");
        JsonObject detail = ok(api.get("api/entities/" + person));
        assertEquals(PERSON, detail.getString("name"));

        JsonObject mentions = ok(api.get("api/entities/" + person + "/mentions?size=50"));
        assertTrue(mentions.getInt("total") >= 3, "two full names and one last name: " + mentions);
        List<JsonObject> items = mentions.getJsonArray("items").stream().map(JsonValue::asJsonObject).toList();
        JsonObject meeting = items.stream().filter(m -> m.getJsonNumber("documentId").longValue() == first
                        && m.getString("text").equals(PERSON)).findFirst()
                .orElseThrow(() -> new AssertionError("the full name in the first report: " + mentions));
        assertEquals("GENEVA, March 5 - ", meeting.getString("before"), meeting.toString());
        assertEquals(" met officials of the " + ORGANISATION + " on Monday.", meeting.getString("after"));
        assertTrue(meeting.getString("documentTitle").contains("Entity check " + tag), meeting.toString());
        assertTrue(items.stream().anyMatch(m -> m.getJsonNumber("documentId").longValue() == second),
                "the second report's mention too: " + mentions);
        String text = api.get("api/documents/" + first + "/text").body();
        assertEquals(PERSON, text.substring(meeting.getInt("begin"), meeting.getInt("end")), "offsets into the text");
        assertTrue(items.stream().anyMatch(m -> m.getString("after").contains("<script>alert('x')</script>")),
                "the API gives the text as it is: " + mentions);

        List<JsonObject> related = Api.array(api.get("api/entities/" + person + "/related")).stream()
                .map(JsonValue::asJsonObject).toList();
        JsonObject org = related.stream().filter(r -> r.getJsonNumber("id").longValue() == organisation).findFirst()
                .orElseThrow(() -> new AssertionError("the organisation is related: " + related));
        assertEquals(2, org.getInt("sharedDocuments"), related.toString());
        assertEquals("ORGANIZATION", org.getString("type"));
        assertEquals(org, related.get(0), "the most shared first: " + related);

        JsonObject events = ok(api.get("api/entities/" + person + "/events"));
        JsonObject met = events.getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .filter(e -> e.getString("trigger").equals("met")).findFirst()
                .orElseThrow(() -> new AssertionError("the meeting is one of the person's events: " + events));
        assertEquals("MEETING", met.getString("type"), met.toString());
        assertEquals(first, met.getJsonNumber("documentId").longValue());
        assertEquals("2024-03-04", met.getString("date"), "Monday before 5 March: " + met);
        assertEquals("4 March 2024", met.getString("dateDisplay"));

        try (Browser browser = Browser.session()) {
            WebDriver driver = browser.driver();
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
            try {
                browser.open("");
                browser.signIn("admin", TestServer.adminPassword());
                browser.waitForText(By.tagName("h1"), "Documents");
                driver.findElement(By.id("nav-entities")).click();
                browser.waitForText(By.tagName("h1"), "Entities");

                browser.waitFor(By.id("entities:q")).sendKeys("Vestag");
                WebElement link = wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                        "//*[@id='entities:table']//a[contains(@class,'entity-link')][.='" + PERSON + "']")));
                wait.until(d -> d.findElements(By.cssSelector("#entities\\:table tbody tr")).size() == 1);
                WebElement row = driver.findElement(By.cssSelector("#entities\\:table tbody tr"));
                assertTrue(row.getText().contains("Person"), row.getText());
                browser.screenshot("entity-list");
                link = driver.findElement(By.cssSelector("#entities\\:table a.entity-link"));
                link.click();

                browser.waitForText(By.tagName("h1"), PERSON);
                List<String> aliases = detail.getJsonArray("aliases").getValuesAs(JsonString::getString);
                String shownAliases = driver.findElement(By.id("aliases")).getText();
                aliases.forEach(a -> assertTrue(shownAliases.contains(a), a + " in " + shownAliases));
                assertTrue(shownAliases.contains("Vestager"), "the last name alone is one of its names: " + shownAliases);

                List<WebElement> contexts = driver.findElements(By.cssSelector("#mentions .mention-in-context"));
                assertFalse(contexts.isEmpty(), "mentions in context are shown");
                WebElement inGeneva = contexts.stream()
                        .filter(c -> c.getText().contains("met officials of the " + ORGANISATION)).findFirst()
                        .orElseThrow(() -> new AssertionError("the meeting's sentence"));
                assertEquals(PERSON, inGeneva.findElement(By.cssSelector("mark.mention")).getText());
                WebElement documentLink = inGeneva.findElement(By.cssSelector("a.document-link"));
                assertTrue(documentLink.getText().contains("Entity check " + tag), documentLink.getText());
                assertTrue(documentLink.getAttribute("href").endsWith("/documents/view.xhtml?id=" + first),
                        documentLink.getAttribute("href"));
                assertTrue(contexts.stream().anyMatch(c -> c.getText().contains("<script>alert('x')</script>")),
                        "hostile text is shown as text");
                assertTrue(driver.findElements(By.cssSelector("#mentions script")).isEmpty(), "and never as markup");

                WebElement relatedList = driver.findElement(By.id("related"));
                WebElement orgItem = relatedList.findElement(By.xpath(".//li[.//a[.='" + ORGANISATION + "']]"));
                assertTrue(orgItem.getText().contains("2 documents"), orgItem.getText());
                WebElement eventsTable = driver.findElement(By.id("entity:events"));
                assertTrue(eventsTable.getText().contains("Meeting") && eventsTable.getText().contains("4 March 2024"),
                        eventsTable.getText());
                assertTrue(eventsTable.findElement(By.cssSelector("a.document-link")).getAttribute("href")
                        .contains("/documents/view.xhtml?id="));
                WebElement timeline = driver.findElement(By.id("entity:timelineLink"));
                assertTrue(timeline.getAttribute("href").endsWith("/timeline/index.xhtml?entity=" + person),
                        timeline.getAttribute("href"));
                browser.screenshot("entity-page");

                orgItem.findElement(By.tagName("a")).click();
                browser.waitForText(By.tagName("h1"), ORGANISATION);
                WebElement back = browser.waitFor(By.xpath("//*[@id='related']//a[.='" + PERSON + "']"));
                back.click();
                browser.waitForText(By.tagName("h1"), PERSON);
                driver.findElement(By.id("entity:timelineLink")).click();
                browser.waitForText(By.tagName("h1"), "Timeline");
                wait.until(ExpectedConditions.attributeContains(By.id("timeline:entity_input"), "value", PERSON));
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot(test.getDisplayName().replaceAll("\\W+", "-"));
                throw e;
            }
        }
    }

    @Test
    void theEntityApiNeedsALoginAndNamesWhatIsMissing() {
        for (String path : List.of("api/entities", "api/entities/1", "api/entities/1/mentions",
                "api/entities/1/related", "api/entities/1/events")) {
            assertEquals(401, Api.anonymous().get(path).statusCode(), path);
        }
        HttpResponse<String> missing = Api.asAdmin().get("api/entities/987654321/mentions");
        assertEquals(404, missing.statusCode(), missing.body());
        assertTrue(missing.body().contains("There is no entity 987654321"), missing.body());
        assertEquals(400, Api.asAdmin().get("api/entities?sort=popularity").statusCode());
        assertEquals(400, Api.asAdmin().get("api/entities/1/related?limit=1000").statusCode());
    }

    /** Uploads a text with a publication date and waits until it is analysed. */
    private static long analysed(String text, String publishedAt) {
        HttpResponse<String> posted = Api.asAdmin().postFiles("api/documents",
                Api.file("report-" + UUID.randomUUID() + ".txt", text.getBytes(StandardCharsets.UTF_8)),
                Map.of("publishedAt", publishedAt));
        assertEquals(202, posted.statusCode(), posted.body());
        long id = Api.array(posted).getJsonObject(0).getJsonNumber("id").longValue();
        JsonObject document = Api.asAdmin().awaitSettled(id, Duration.ofMinutes(3));
        assertEquals("ANALYZED", document.getString("status"), document.toString());
        return id;
    }

    private static long entityId(Api api, String name, String type) {
        JsonObject page = ok(api.get("api/entities?type=" + type + "&q="
                + URLEncoder.encode(name, StandardCharsets.UTF_8)));
        return page.getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .filter(e -> e.getString("name").equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " is an entity: " + page))
                .getJsonNumber("id").longValue();
    }

    private static JsonObject ok(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        return Api.object(response);
    }
}
