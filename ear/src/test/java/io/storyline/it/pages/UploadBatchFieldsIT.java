package io.storyline.it.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storyline.it.support.Api;
import io.storyline.it.support.Browser;
import io.storyline.it.support.SharedServer;
import io.storyline.it.support.TestServer;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * In Chromium, the upload page's batch fields as an archivist uses them: typed by keyboard and followed at once by
 * the choice of files, with no click elsewhere between. What the form shows when a file is sent is what that file
 * gets, and the batch table says what was applied; a date typed key by key is taken whole, with no error while it
 * is being typed; a date cleared for the next batch is gone from it.
 */
@ExtendWith(SharedServer.class)
class UploadBatchFieldsIT {

    @Test
    void eachBatchGetsWhatTheFormShowsWhenItsFilesAreSent() throws Exception {
        String token = UUID.randomUUID().toString().substring(0, 8);
        Path folder = Files.createTempDirectory("batches");
        Path first = Files.writeString(folder.resolve("first-" + token + ".txt"),
                "Strike in the port\n\nDockers stopped work on Monday. " + token, StandardCharsets.UTF_8);
        Path second = Files.writeString(folder.resolve("second-" + token + ".txt"),
                "Ferry resumes\n\nThe ferry sailed again. " + token, StandardCharsets.UTF_8);

        try (Browser browser = Browser.session()) {
            WebDriver driver = browser.driver();
            browser.open("");
            browser.signIn("admin", TestServer.adminPassword());
            browser.waitForText(By.tagName("h1"), "Documents");
            browser.open("documents/upload.xhtml");
            browser.waitForText(By.tagName("h1"), "Upload documents");

            // Batch one: publisher, tags and a date typed key by key, then the file chosen straight away.
            driver.findElement(By.id("upload:publisher")).sendKeys("Harbour Gazette " + token);
            WebElement date = driver.findElement(By.id("upload:publishedOn_input"));
            for (char c : "1998-03-12".toCharArray()) {
                date.sendKeys(String.valueOf(c));
            }
            assertEquals("1998-03-12", date.getAttribute("value"), "every key typed is kept");
            assertTrue(driver.findElements(By.cssSelector(".ui-messages-error, .ui-growl-item, .ui-message-error"))
                    .stream().noneMatch(WebElement::isDisplayed), "no error while the date is being typed");
            WebElement tags = driver.findElement(By.id("upload:tags_input"));
            tags.sendKeys("first-batch-" + token);
            driver.findElement(By.cssSelector("input[type=file]")).sendKeys(first.toString());
            browser.waitForText(By.id("upload:outcomes"), first.getFileName().toString());
            String firstRow = row(driver, first);
            assertTrue(firstRow.contains("first-batch-" + token) && firstRow.contains("1998-03-12")
                    && firstRow.contains("Harbour Gazette " + token), "the batch table says what was applied: " + firstRow);

            // Batch two: other tags, the date cleared, the file chosen straight away.
            tags.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
            tags.sendKeys("second-batch-" + token);
            date.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
            driver.findElement(By.cssSelector("input[type=file]")).sendKeys(second.toString());
            browser.waitForText(By.id("upload:outcomes"), second.getFileName().toString());
            String secondRow = row(driver, second);
            assertTrue(secondRow.contains("second-batch-" + token) && !secondRow.contains("first-batch")
                    && !secondRow.contains("1998"), "the second batch shows only its own fields: " + secondRow);
        }

        Api admin = Api.asAdmin();
        JsonObject one = document(admin, first);
        assertEquals(List.of("first-batch-" + token), tags(one), "the first file has the tags typed for it");
        assertEquals("Harbour Gazette " + token, one.getString("publisher"));
        assertTrue(one.getJsonArray("publishedAtCandidates").getValuesAs(JsonObject.class).stream()
                .anyMatch(c -> "UPLOAD".equals(c.getString("source", "")) && "1998-03-12".equals(c.getString("value", ""))),
                "the date typed is the date given at upload: " + one);
        JsonObject two = document(admin, second);
        assertEquals(List.of("second-batch-" + token), tags(two), "the second file has its own tags only");
        assertFalse(two.getJsonArray("publishedAtCandidates").getValuesAs(JsonObject.class).stream()
                .anyMatch(c -> "UPLOAD".equals(c.getString("source", ""))), "the cleared date did not carry over: " + two);
    }

    private static String row(WebDriver driver, Path file) {
        return driver.findElements(By.cssSelector("#upload\\:outcomes tbody tr")).stream().map(WebElement::getText)
                .filter(text -> text.contains(file.getFileName().toString())).findFirst().orElse("");
    }

    private static JsonObject document(Api admin, Path file) {
        JsonObject list = Api.object(admin.get("api/documents?q=" + file.getFileName()));
        for (JsonObject item : list.getJsonArray("items").getValuesAs(JsonObject.class)) {
            if (file.getFileName().toString().equals(item.getString("filename"))) {
                return Api.object(admin.get("api/documents/" + item.getJsonNumber("id").longValue()));
            }
        }
        throw new AssertionError(file.getFileName() + " is not listed: " + list);
    }

    private static List<String> tags(JsonObject document) {
        return document.getJsonArray("tags").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }
}
