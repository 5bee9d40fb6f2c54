package io.storyline.it.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storyline.it.support.Api;
import io.storyline.it.support.Browser;
import io.storyline.it.support.SharedServer;
import io.storyline.it.support.TestServer;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
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
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Tags and the documents table, from outside: tags at upload and on their own over REST (canonical names, roles,
 * readable refusals, bulk outcomes), then in Chromium the upload page with tags, and the table filtered by tag and
 * status, with two rows tagged at once.
 */
@ExtendWith(SharedServer.class)
class DocumentsTableIT {


    private static List<String> tags(JsonObject document) {
        return document.getJsonArray("tags").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    private static long total(HttpResponse<String> page) {
        assertEquals(200, page.statusCode(), page.body());
        return Api.object(page).getJsonNumber("total").longValue();
    }

    private static String detail(HttpResponse<String> response) {
        return Api.object(response).getString("detail");
    }

    @Test
    void tagsGivenAtUploadAreCanonicalFilterTheListAndCanBeAddedAndRemoved() {
        String token = UUID.randomUUID().toString().substring(0, 8);
        String publisher = "Wire " + token;
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (String name : List.of("a", "b", "c")) {
            files.put(name + "-" + token + ".txt", ("Dispatch " + name + " " + token + ". Talks in Cairo on a truce.")
                    .getBytes(StandardCharsets.UTF_8));
        }
        Api admin = Api.asAdmin();

        HttpResponse<String> posted = admin.postFiles("api/documents", files,
                Map.of("tags", "Gaza,  Ceasefire ", "source", publisher, "publishedAt", "2024-05-01"));

        assertEquals(202, posted.statusCode(), posted.body());
        List<Long> ids = Api.array(posted).getValuesAs(JsonObject.class).stream()
                .map(r -> r.getJsonNumber("id").longValue()).toList();
        assertEquals(3, ids.size());
        for (long id : ids) {
            assertEquals(List.of("ceasefire", "gaza"), tags(Api.object(admin.get("api/documents/" + id))),
                    "canonical names, sorted, on document " + id);
        }
        String byPublisher = "&publisher=" + publisher.replace(" ", "%20");
        assertEquals(3, total(admin.get("api/documents?tag=Gaza" + byPublisher)), "the tag filter is canonical too");
        assertEquals(0, total(admin.get("api/documents?tag=rafah" + byPublisher)));
        assertEquals(3, total(admin.get("api/documents?from=2024-05-01&to=2024-05-01" + byPublisher)));
        assertEquals(0, total(admin.get("api/documents?from=2024-05-02" + byPublisher)));
        JsonObject listed = Api.object(admin.get("api/documents?tag=gaza&sort=title" + byPublisher));
        assertEquals(List.of("ceasefire", "gaza"), tags(listed.getJsonArray("items").getJsonObject(0)),
                "list items carry their tags");

        // The same bytes again: the duplicate's document gets the new tags.
        HttpResponse<String> again = admin.postFiles("api/documents",
                Map.of("again.txt", files.values().iterator().next()), Map.of("tags", "Extra"));
        JsonObject receipt = Api.array(again).getJsonObject(0);
        assertEquals(ids.get(0).longValue(), receipt.getJsonNumber("duplicateOf").longValue());
        assertTrue(tags(Api.object(admin.get("api/documents/" + ids.get(0)))).contains("extra"));

        HttpResponse<String> bulk = admin.postJson("api/documents/bulk", "{\"ids\": [" + ids.get(0) + ", "
                + ids.get(1) + ", 999999999], \"action\": \"tag\", \"tags\": [\"Rafah\"]}");
        assertEquals(200, bulk.statusCode(), bulk.body());
        JsonObject result = Api.object(bulk);
        assertEquals(2, result.getJsonNumber("done").longValue());
        assertEquals("NOT_FOUND", result.getJsonArray("results").getJsonObject(2).getString("outcome"));
        assertEquals(2, total(admin.get("api/documents?tag=rafah" + byPublisher)));

        long first = ids.get(0);
        assertEquals(204, admin.delete("api/documents/" + first + "/tags/Rafah").statusCode());
        assertEquals(404, admin.delete("api/documents/" + first + "/tags/rafah").statusCode());
        assertFalse(tags(Api.object(admin.get("api/documents/" + first))).contains("rafah"));
        HttpResponse<String> put = admin.put("api/documents/" + first + "/tags/Hostage%20Deal", "");
        assertEquals(201, put.statusCode(), put.body());
        assertTrue(put.body().contains("\"hostage deal\""), put.body());
        assertEquals(200, admin.put("api/documents/" + first + "/tags/hostage%20deal", "").statusCode());
        JsonArray history = Api.array(admin.get("api/documents/" + first + "/history"));
        assertTrue(history.getValuesAs(JsonObject.class).stream().anyMatch(h -> h.getString("step").equals("UNTAGGED")));

        JsonArray inUse = Api.array(admin.get("api/tags?q=GAZ"));
        assertTrue(inUse.getValuesAs(JsonObject.class).stream()
                .anyMatch(t -> t.getString("name").equals("gaza") && t.getJsonNumber("documents").longValue() >= 3),
                inUse.toString());
    }

    @Test
    void readersMayReadTagsButNotTagAndNobodyWithoutLogin() {
        Api admin = Api.asAdmin();
        long id = Api.array(admin.postFiles("api/documents",
                Api.file("r.txt", ("Reader " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8)), Map.of("tags", "sudan")))
                .getJsonObject(0).getJsonNumber("id").longValue();
        Api reader = Api.newUser("READER", "reader-password-" + UUID.randomUUID());

        assertEquals(200, reader.get("api/documents/" + id + "/tags").statusCode());
        assertEquals(200, reader.get("api/tags").statusCode());
        assertEquals(403, reader.put("api/documents/" + id + "/tags/darfur", "").statusCode());
        assertEquals(403, reader.delete("api/documents/" + id + "/tags/sudan").statusCode());
        assertEquals(403, reader.postJson("api/documents/bulk",
                "{\"ids\": [" + id + "], \"action\": \"tag\", \"tags\": [\"x\"]}").statusCode());
        assertEquals(401, Api.anonymous().put("api/documents/" + id + "/tags/darfur", "").statusCode());
        assertEquals(401, Api.anonymous().get("api/tags").statusCode());

        Api archivist = Api.newUser("ARCHIVIST", "archivist-password-" + UUID.randomUUID());
        assertEquals(201, archivist.put("api/documents/" + id + "/tags/darfur", "").statusCode());
        HttpResponse<String> reanalyze = archivist.postJson("api/documents/bulk",
                "{\"ids\": [" + id + "], \"action\": \"reanalyze\"}");
        assertEquals(403, reanalyze.statusCode(), "re-analysis is for editors, as on one document");
        HttpResponse<String> retry = archivist.postJson("api/documents/bulk", "{\"ids\": [" + id + "], \"action\": \"retry\"}");
        assertEquals(200, retry.statusCode(), retry.body());
        assertEquals("REFUSED", Api.object(retry).getJsonArray("results").getJsonObject(0).getString("outcome"),
                "a document that has not failed is not retried: " + retry.body());
    }

    @Test
    void badTagNamesAndOversizedRequestsAre400WithAReadableReason() {
        Api admin = Api.asAdmin();
        long before = total(admin.get("api/documents?size=1"));

        HttpResponse<String> upload = admin.postFiles("api/documents",
                Api.file("t.txt", ("Bad tags " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8)),
                Map.of("tags", "gaza, <script>"));
        assertEquals(400, upload.statusCode(), upload.body());
        assertTrue(detail(upload).contains("letters, digits"), detail(upload));
        assertEquals(before, total(admin.get("api/documents?size=1")), "nothing is stored when the tags are wrong");

        long id = Api.array(admin.postFiles("api/documents",
                Api.file("u.txt", ("Good " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8)), Map.of()))
                .getJsonObject(0).getJsonNumber("id").longValue();
        HttpResponse<String> tooLong = admin.postJson("api/documents/bulk", "{\"ids\": [" + id
                + "], \"action\": \"tag\", \"tags\": [\"" + "x".repeat(101) + "\"]}");
        assertEquals(400, tooLong.statusCode(), tooLong.body());
        assertTrue(detail(tooLong).contains("at most 100 characters"), detail(tooLong));

        HttpResponse<String> noTags = admin.postJson("api/documents/bulk", "{\"ids\": [" + id + "], \"action\": \"tag\"}");
        assertEquals(400, noTags.statusCode());
        assertTrue(detail(noTags).contains("at least one tag"), detail(noTags));

        String many = LongStream.rangeClosed(1, 1001).mapToObj(Long::toString).collect(Collectors.joining(","));
        HttpResponse<String> tooMany = admin.postJson("api/documents/bulk",
                "{\"ids\": [" + many + "], \"action\": \"tag\", \"tags\": [\"x\"]}");
        assertEquals(400, tooMany.statusCode());
        assertTrue(detail(tooMany).contains("1,000"), detail(tooMany));

        HttpResponse<String> unknown = admin.postJson("api/documents/bulk", "{\"ids\": [" + id + "], \"action\": \"burn\"}");
        assertEquals(400, unknown.statusCode());
        assertTrue(detail(unknown).contains("tag, retry or reanalyze"), detail(unknown));

        HttpResponse<String> badPut = admin.put("api/documents/" + id + "/tags/%3Cb%3E", "");
        assertEquals(400, badPut.statusCode(), badPut.body());
        HttpResponse<String> badFilter = admin.get("api/documents?from=2024-05-02&to=2024-05-01");
        assertEquals(400, badFilter.statusCode());
        assertTrue(detail(badFilter).contains("before it starts"), detail(badFilter));
        assertEquals(404, admin.put("api/documents/999999999/tags/x", "").statusCode());
    }

    @Test
    void anArchivistUploadsWithTagsFiltersTheTableAndTagsTwoRows(TestInfo test) throws Exception {
        String token = UUID.randomUUID().toString().substring(0, 8);
        String tag = "batch " + token;
        Path folder = Files.createTempDirectory("table");
        List<Path> paths = new ArrayList<>();
        paths.add(Files.writeString(folder.resolve("one-" + token + ".txt"), "Ceasefire talks\n\nCAIRO - Talks went on. "
                + token));
        paths.add(Files.writeString(folder.resolve("two-" + token + ".txt"), "Aid convoy\n\nRAFAH - Trucks crossed. " + token));
        Path broken = Files.write(folder.resolve("three-" + token + ".pdf"), "%PDF-1.7 cut short".getBytes());
        paths.add(broken);

        try (Browser browser = Browser.session()) {
            WebDriver driver = browser.driver();
            // The outcomes table is re-rendered by its poll: an element read mid-update is read again.
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(90));
            wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
            try {
                browser.open("documents/upload.xhtml");
                browser.signIn("admin", TestServer.adminPassword());
                browser.waitForText(By.tagName("h1"), "Upload documents");

                WebElement tags = browser.waitFor(By.id("upload:tags_input"));
                tags.sendKeys("Batch " + token);
                tags.sendKeys(Keys.TAB);
                Api.sleep(1000);
                driver.findElement(By.cssSelector("input[type=file]"))
                        .sendKeys(paths.stream().map(Path::toString).collect(Collectors.joining("\n")));
                wait.until(d -> d.findElements(By.cssSelector("#upload\\:outcomes .status-analyzed")).size() == 2
                        && d.findElements(By.cssSelector("#upload\\:outcomes .status-failed")).size() == 1);
                String outcomes = driver.findElement(By.id("upload:outcomes")).getText();
                assertTrue(outcomes.contains("Tagged: " + tag), outcomes);
                assertEquals(3, driver.findElements(By.cssSelector("#upload\\:outcomes a.document-link")).size(),
                        "each stored file links to its document");

                // The same bytes again: a duplicate, with a link to the document that holds them.
                driver.findElement(By.cssSelector("input[type=file]")).sendKeys(paths.get(0).toString());
                wait.until(d -> d.findElement(By.id("upload:outcomes")).getText().contains("Already in the archive as"));
                WebElement duplicate = driver.findElement(By.xpath(
                        "//*[@id='upload:outcomes']//tr[contains(., 'Already in the archive')]//a[contains(@class,'document-link')]"));
                assertTrue(duplicate.getAttribute("href").contains("/documents/view.xhtml?id="), duplicate.getAttribute("href"));

                browser.open("documents/list.xhtml");
                browser.waitForText(By.tagName("h1"), "Documents");
                assertFalse(driver.findElements(By.cssSelector("#documents\\:chart canvas")).isEmpty(),
                        "the chart of documents per day is drawn");
                WebElement tagFilter = driver.findElement(By.id("documents:tag_input"));
                tagFilter.sendKeys(tag);
                tagFilter.sendKeys(Keys.TAB);
                wait.until(d -> rows(d, token) == 3 && rows(d, "") == 3);
                String permalink = driver.findElement(By.id("documents:permalink")).getAttribute("href");
                assertTrue(permalink.contains("tag=batch"), permalink);

                browser.awaitQuiet();
                new Select(driver.findElement(By.id("documents:status"))).selectByVisibleText("FAILED");
                wait.until(d -> rows(d, "") == 1);
                String failedRow = driver.findElement(By.cssSelector("#documents\\:table tbody tr")).getText();
                assertTrue(failedRow.contains(broken.getFileName().toString()) && failedRow.contains("FAILED"), failedRow);
                assertFalse(driver.findElements(By.cssSelector("#documents\\:table tbody tr .failure .reason")).isEmpty(),
                        "a failed document says why");

                browser.awaitQuiet();
                new Select(driver.findElement(By.id("documents:status"))).selectByVisibleText("Any");
                wait.until(d -> rows(d, "") == 3);

                List<WebElement> boxes = driver.findElements(By.cssSelector("#documents\\:table tbody .ui-selection-column .ui-chkbox-box"));
                boxes.get(0).click();
                boxes.get(1).click();
                driver.findElement(By.id("documents:addTags")).click();
                WebElement toAdd = browser.waitFor(By.id("documents:tagsToAdd_input"));
                toAdd.sendKeys("Picked " + token);
                // Leave the field as a user would, so its suggestions close and uncover the button.
                toAdd.sendKeys(org.openqa.selenium.Keys.TAB);
                wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("documents:tagsToAdd_panel")));
                wait.until(ExpectedConditions.elementToBeClickable(By.id("documents:applyTags"))).click();
                wait.until(d -> d.findElements(By.xpath("//*[@id='documents:table']//span[contains(@class,'tag') and "
                        + "normalize-space(.)='picked " + token + "']")).size() == 2);

                assertEquals(2, total(Api.asAdmin().get("api/documents?tag=picked%20" + token)));

                browser.open("documents/list.xhtml?tag=picked%20" + token);
                wait.until(d -> rows(d, token) == 2 && rows(d, "") == 2);
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot(test.getDisplayName());
                throw e;
            }
        }
    }

    /** Rows of the documents table whose text holds {@code text} (every row for ""); 0 for the empty message. */
    private static int rows(WebDriver driver, String text) {
        try {
            return (int) driver.findElements(By.cssSelector("#documents\\:table tbody tr[data-ri]")).stream()
                    .filter(r -> r.getText().contains(text)).count();
        } catch (StaleElementReferenceException e) {
            return -1; // the table was replaced while being read: ask again
        }
    }
}
