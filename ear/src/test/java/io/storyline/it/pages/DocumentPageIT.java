package io.storyline.it.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storyline.it.support.Api;
import io.storyline.it.support.Browser;
import io.storyline.it.support.SharedServer;
import io.storyline.it.support.TestServer;
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
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * In Chromium: one document's page while the pipeline works on it and after: metadata with the source of its date,
 * the text with the person, the time and the event marked, the lists beside it, the original downloaded with the
 * page's session; hostile text stays text; unknown and malformed ids get a clear answer.
 */
@ExtendWith(SharedServer.class)
class DocumentPageIT {

    private static final Duration SETTLE = Duration.ofSeconds(90);


    @Test
    void aReaderSeesTheDocumentItsHighlightsAndWhereItsDateCameFrom(TestInfo test) throws Exception {
        String tag = "dp" + UUID.randomUUID().toString().substring(0, 8);
        String title = "Talks in Jerusalem " + tag;
        String text = title + "\n\nJERUSALEM, May 1 - US Secretary of State Antony Blinken met Israeli Prime Minister"
                + " Benjamin Netanyahu in Jerusalem on Wednesday.\n\nBlinken said <script>window.pwned = 1</script>"
                + " & \"quotes\" were no answer.\n";
        String reader = "reader-" + tag;
        String password = "pw-" + UUID.randomUUID();
        HttpResponse<String> created = Api.asAdmin().postJson("api/users", "{\"username\":\"" + reader
                + "\",\"displayName\":\"A reader\",\"roles\":[\"READER\"],\"password\":\"" + password + "\"}");
        assertEquals(201, created.statusCode(), created.body());

        try (Browser browser = Browser.session()) {
            WebDriver driver = browser.driver();
            // The page redraws itself every 3 s while the document is processed: elements read there may go stale.
            WebDriverWait wait = new WebDriverWait(driver, SETTLE);
            wait.ignoring(StaleElementReferenceException.class);
            try {
                browser.open("documents/list.xhtml");
                browser.signIn(reader, password);
                browser.waitForText(By.tagName("h1"), "Documents");

                long id = upload(text, "2024-05-01");
                browser.open("documents/view.xhtml?id=" + id);
                String firstStatus = wait.until(d -> d.findElement(By.id("doc:status")).getText());
                // Whatever the pipeline had done when the page opened, the page follows it without a reload.
                wait.until(d -> d.findElement(By.id("doc:status")).getText().equals("ANALYZED")
                        && !d.findElements(By.cssSelector("#doc\\:text a.ent.ent-person")).isEmpty());
                System.out.println("DocumentPageIT: the page opened at " + firstStatus + " and followed to ANALYZED");
                browser.waitForText(By.tagName("h1"), title);
                assertTrue(driver.findElements(By.id("doc:processing")).isEmpty(), "nothing is said to be processing");

                WebElement person = driver.findElement(By.xpath(
                        "//div[@id='doc:text']//a[contains(@class,'ent-person')][.='Antony Blinken']"));
                assertTrue(person.getAttribute("href").contains("/entities/view.xhtml?id="), person.getAttribute("href"));
                assertTrue(person.getAttribute("title").contains("person"), person.getAttribute("title"));

                WebElement wednesday = driver.findElement(By.xpath(
                        "//div[@id='doc:text']//span[contains(@class,'time')][.='Wednesday']"));
                assertTrue(wednesday.getAttribute("title").contains("2024-05-01"), wednesday.getAttribute("title"));
                assertEquals("2024-05-01", wednesday.findElement(By.xpath("following-sibling::small[1]")).getText(),
                        "the normalised value is shown beside the words");

                WebElement trigger = driver.findElement(By.xpath(
                        "//div[@id='doc:text']//span[contains(@class,'event')][.='met']"));
                assertEquals("Meeting or visit", trigger.findElement(By.xpath("following-sibling::small[1]")).getText());
                String eventTitle = trigger.getAttribute("title");
                assertTrue(eventTitle.contains("Benjamin Netanyahu") && eventTitle.contains("2024-05-01"), eventTitle);

                String body = driver.findElement(By.id("doc:text")).getText();
                assertTrue(body.contains("<script>window.pwned = 1</script> & \"quotes\""), body);
                JavascriptExecutor js = (JavascriptExecutor) driver;
                assertEquals(0L, js.executeScript("return document.querySelectorAll('#doc\\\\:text script').length"));
                assertEquals(Boolean.TRUE, js.executeScript("return typeof window.pwned === 'undefined'"),
                        "the text's script never ran");

                String published = driver.findElement(By.id("published")).getText();
                assertTrue(published.contains("2024-05-01") && published.contains("given at upload"), published);
                assertTrue(driver.findElement(By.id("candidates")).getText().contains("given at upload"));
                String entities = driver.findElement(By.id("entities")).getText();
                assertTrue(entities.contains("Antony Blinken") && entities.contains("Jerusalem"), entities);
                String events = driver.findElement(By.id("events")).getText();
                assertTrue(events.contains("Meeting or visit") && events.contains("Benjamin Netanyahu")
                        && events.contains("2024-05-01"), events);
                String tags = driver.findElement(By.cssSelector("[aria-labelledby=tags-heading]")).getText();
                assertTrue(tags.contains("middle east") && tags.contains("diplomacy"), "tags given at upload: " + tags);
                browser.screenshot("document-page");
                String history = driver.findElement(By.id("history")).getText();
                assertTrue(history.contains("RECEIVED") && history.contains("ANALYZED"), history);

                List<?> download = (List<?>) fetch(driver, driver.findElement(By.id("download")).getAttribute("href"));
                assertEquals(200L, download.get(0), "the page's session opens the original: " + download);
                assertEquals(text, download.get(1));

                browser.open("documents/list.xhtml");
                browser.waitForText(By.id("documents:table"), title);
                driver.findElement(By.linkText(title)).click();
                browser.waitForText(By.tagName("h1"), title);
                assertTrue(driver.getCurrentUrl().contains("documents/view.xhtml?id=" + id), driver.getCurrentUrl());
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot(test.getDisplayName().replaceAll("\\W+", "-"));
                throw e;
            }
        }
    }

    /** The sample article: the page lists one event per happening; its switch shows every report found, and back. */
    @Test
    void thePageListsOneEventPerHappeningAndShowsAllOnRequest(TestInfo test) throws Exception {
        String text;
        try (InputStream in = DocumentPageIT.class.getResourceAsStream("/samples/blinken-netanyahu-rafah.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8) + "\n\n(" + UUID.randomUUID() + ")";
        }
        long id = upload(text, "2024-05-01");
        assertEquals("ANALYZED", Api.asAdmin().awaitSettled(id, Duration.ofMinutes(3)).getString("status"));
        List<JsonObject> found = Api.array(Api.asAdmin().get("api/documents/" + id + "/events")).stream()
                .map(JsonValue::asJsonObject).toList();
        long listed = found.stream().filter(e -> e.getString("listing").equals("LISTED")).count();
        assertTrue(listed >= 7 && listed < found.size(), found.toString());
        By items = By.cssSelector("#events > li.event-item");
        try (Browser browser = Browser.session()) {
            WebDriver driver = browser.driver();
            try {
                browser.open("documents/view.xhtml?id=" + id);
                browser.signIn("admin", TestServer.adminPassword());
                browser.waitForText(By.id("doc:status"), "ANALYZED");
                assertEquals(listed, driver.findElements(items).size(), "one event per happening");
                assertEquals("One event per happening.", driver.findElement(By.id("doc:eventsShown")).getText());
                assertTrue(driver.findElement(By.id("events")).getText().contains("Meeting or visit"));
                assertFalse(driver.findElement(By.id("events")).getText().contains("not listed"));
                WebElement showAll = driver.findElement(By.id("doc:allEvents"));
                assertEquals("Show all " + found.size() + " events (repeats, sources, topics)", showAll.getText());

                showAll.click();
                browser.waitFor(By.id("doc:listedEvents"));
                assertTrue(driver.getCurrentUrl().contains("events=all"), driver.getCurrentUrl());
                assertEquals(found.size(), driver.findElements(items).size(), "every report found");
                assertTrue(driver.findElement(By.id("events")).getText().contains("not listed: "),
                        "each extra report says why a reader would not list it");
                browser.screenshot("document-page-all-events");

                driver.findElement(By.id("doc:listedEvents")).click();
                browser.waitFor(By.id("doc:allEvents"));
                assertEquals(listed, driver.findElements(items).size(), "back to one event per happening");
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot(test.getDisplayName().replaceAll("\\W+", "-"));
                throw e;
            }
        }
    }

    @Test
    void anUnknownOrMalformedIdIsNotFoundWithAClearMessage(TestInfo test) throws Exception {
        HttpResponse<String> anonymous = Api.anonymous().get("documents/view.xhtml?id=1");
        assertTrue(anonymous.statusCode() == 302 || anonymous.body().contains("login"), "a login comes first");
        try (Browser browser = Browser.session()) {
            WebDriver driver = browser.driver();
            try {
                browser.open("documents/view.xhtml?id=987654321");
                browser.signIn("admin", TestServer.adminPassword());
                browser.waitForText(By.tagName("h1"), "Document not found");
                browser.waitForText(By.id("messages"), "There is no document 987654321.");

                browser.open("documents/view.xhtml?id=%3Cb%3Eabc");
                browser.waitForText(By.tagName("h1"), "Document not found");
                browser.waitForText(By.id("messages"), "\u201c<b>abc\u201d is not a document number.");
                assertTrue(driver.findElements(By.cssSelector("#messages b")).isEmpty(), "the id is text");
                assertTrue(driver.findElement(By.linkText("Back to the documents")).isDisplayed());
                assertTrue(!driver.getPageSource().contains("at io.storyline")
                        && !driver.getPageSource().contains("NotFoundException"), "no stack trace");
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot(test.getDisplayName().replaceAll("\\W+", "-"));
                throw e;
            }
        }
    }

    private static long upload(String text, String publishedAt) {
        HttpResponse<String> posted = Api.asAdmin().postFiles("api/documents",
                Api.file("page-" + UUID.randomUUID() + ".txt", text.getBytes(StandardCharsets.UTF_8)),
                Map.of("publishedAt", publishedAt, "tags", "Middle East, Diplomacy"));
        assertEquals(202, posted.statusCode(), posted.body());
        return Api.array(posted).getJsonObject(0).getJsonNumber("id").longValue();
    }

    /** Fetches a link with the page's own session, as a click on it would: [status, body]. */
    private static Object fetch(WebDriver driver, String href) {
        return ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0], {credentials: 'same-origin'})"
                        + ".then(r => r.text().then(t => done([r.status, t])))"
                        + ".catch(e => done([0, 'failed: ' + e]));", href);
    }
}
