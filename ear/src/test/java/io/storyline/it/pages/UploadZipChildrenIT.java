package io.storyline.it.pages;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storyline.it.support.Browser;
import io.storyline.it.support.SharedServer;
import io.storyline.it.support.TestServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * In Chromium, an archivist uploads a ZIP on the upload page: its documents are listed under it with their own
 * statuses, and the ZIP's row counts them ("2 of 3 analysed") instead of calling itself analysed while they are
 * still being read.
 */
@ExtendWith(SharedServer.class)
class UploadZipChildrenIT {

    private static final Duration SETTLE = Duration.ofMinutes(3);

    @Test
    void aZipsDocumentsAreListedUnderItWithTheirOwnStatus(TestInfo test) throws Exception {
        String token = UUID.randomUUID().toString().substring(0, 8);
        List<String> names = List.of("port-" + token + ".txt", "ferry-" + token + ".txt", "bridge-" + token + ".txt");
        Path zip = Files.createTempDirectory("zips").resolve("batch-" + token + ".zip");
        Files.write(zip, zip(names, token));

        try (Browser browser = Browser.session()) {
            WebDriver driver = browser.driver();
            try {
                browser.open("");
                browser.signIn("admin", TestServer.adminPassword());
                browser.waitForText(By.tagName("h1"), "Documents");
                browser.open("documents/upload.xhtml");
                browser.waitForText(By.tagName("h1"), "Upload documents");
                driver.findElement(By.cssSelector("input[type=file]")).sendKeys(zip.toString());
                browser.waitForText(By.id("upload:outcomes"), zip.getFileName().toString());

                List<String> seen = new ArrayList<>();
                long end = System.nanoTime() + SETTLE.toNanos();
                boolean done = false;
                while (!done && System.nanoTime() < end) {
                    List<String> rows = rows(driver);
                    String zipRow = rows.stream().filter(r -> r.startsWith(zip.getFileName().toString()))
                            .findFirst().orElse("");
                    List<String> children = names.stream().map(n -> rows.stream().filter(r -> r.startsWith(n))
                            .findFirst().orElse("")).toList();
                    seen.add(String.join(" | ", rows));
                    boolean allAnalysed = children.stream().allMatch(r -> r.contains("ANALYZED"));
                    assertFalse(zipRow.contains("ANALYZED") && !allAnalysed,
                            "the ZIP is not called analysed while its documents are not: " + rows);
                    done = allAnalysed && zipRow.contains("3 of 3 analysed")
                            && children.stream().allMatch(r -> r.contains("from " + zip.getFileName()));
                    if (!done) {
                        Thread.sleep(500);
                    }
                }
                browser.screenshot("upload-zip");
                assertTrue(done, "the ZIP's three documents are listed under it, analysed, and the ZIP counts them; "
                        + "the table showed:\n" + String.join("\n", seen.subList(Math.max(0, seen.size() - 3), seen.size())));
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot(test.getDisplayName());
                throw e;
            }
        }
    }

    private static List<String> rows(WebDriver driver) {
        try {
            return driver.findElements(By.cssSelector("#upload\\:outcomes tbody tr")).stream()
                    .map(WebElement::getText).toList();
        } catch (org.openqa.selenium.StaleElementReferenceException e) {
            return List.of(); // the poll replaced the table as it was read
        }
    }

    private static byte[] zip(List<String> names, String token) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (String name : names) {
                out.putNextEntry(new ZipEntry(name));
                out.write(("Harbour news " + name + "\n\nThe harbour master spoke on Monday about " + name + ". "
                        + token + "\n").getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
