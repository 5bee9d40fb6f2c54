package io.storyline.it.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storyline.it.support.Browser;
import io.storyline.it.support.SharedServer;
import io.storyline.it.support.TestServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** In Chromium: sign in, upload a text file on the upload page and find it on the documents page. */
@ExtendWith(SharedServer.class)
class LoginAndUploadIT {


    @Test
    void anArchivistSignsInUploadsFilesWatchesThemFinishAndSeesThemListed(TestInfo test) throws Exception {
        String token = UUID.randomUUID().toString().substring(0, 8);
        String name = "dispatch-" + token + ".txt";
        Path folder = Files.createTempDirectory("upload");
        Path file = folder.resolve(name);
        Files.writeString(file, "Protest in Tel Aviv\n\nTEL AVIV, April 30 - Families of captives protested around"
                + " Blinken. " + name, StandardCharsets.UTF_8);
        Path second = Files.writeString(folder.resolve("second-" + name), "Aid at Rafah\n\nTrucks crossed. " + name);
        Path broken = Files.write(folder.resolve("broken-" + name.replace(".txt", ".pdf")), "%PDF-1.7 cut".getBytes());

        try (Browser browser = Browser.session()) {
            WebDriver driver = browser.driver();
            try {
                browser.open("");
                browser.waitFor(By.id("login:username"));
                assertTrue(driver.getCurrentUrl().contains("/login.xhtml"), "a page needs a login first");

                browser.signIn("admin", "wrong password, surely");
                browser.waitForText(By.id("login:messages"), "Wrong user name or password");

                browser.signIn("admin", TestServer.adminPassword());
                browser.waitForText(By.tagName("h1"), "Documents");
                assertEquals("admin", driver.findElement(By.cssSelector(".topbar .user")).getText());

                driver.findElement(By.id("nav-upload")).click();
                browser.waitForText(By.tagName("h1"), "Upload documents");
                driver.findElement(By.cssSelector("input[type=file]"))
                        .sendKeys(file + "\n" + second + "\n" + broken);
                browser.waitForText(By.id("upload:outcomes"), broken.getFileName().toString());
                browser.waitForText(By.id("upload:outcomes"), "FAILED");
                new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(60)).until(d ->
                        d.findElements(By.cssSelector("#upload\\:outcomes .status-analyzed")).size() == 2);
                String failure = driver.findElement(By.cssSelector("#upload\\:outcomes .failure")).getText();
                assertTrue(failure.contains(broken.getFileName().toString()) && failure.contains("Retry"),
                        "the broken PDF says why, with a way to try again: " + failure);

                driver.findElement(By.linkText("Documents")).click();
                browser.waitForText(By.id("documents:table"), name);
                String row = driver.findElement(By.xpath("//tbody/tr[td//span[normalize-space(.)='" + name + "']]")).getText();
                assertTrue(row.contains("Protest in Tel Aviv"), "the headline is the title: " + row);
                assertEquals(3, driver.findElements(By.xpath("//tbody/tr[td[contains(., '" + token + "')]]")).size(),
                        "all three files are listed");
                assertTrue(row.contains("ANALYZED"), row);
                assertTrue(row.contains("text/plain"), row);

                driver.findElement(By.id("session:logout")).click();
                browser.waitForText(By.tagName("body"), "You are signed out");
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot(test.getDisplayName());
                throw e;
            }
        }
    }

    @Test
    void hostileNamesAreShownAsTextNotMarkup(TestInfo test) throws Exception {
        String name = "<img src=x onerror=alert(1)>" + UUID.randomUUID().toString().substring(0, 6) + ".txt";
        // The browser would never send such a name from disk; the API can, so put it in through the API.
        io.storyline.it.support.Api.asAdmin().postFiles("api/documents",
                io.storyline.it.support.Api.file(name, name.getBytes(StandardCharsets.UTF_8)), java.util.Map.of());

        try (Browser browser = Browser.session()) {
            WebDriver driver = browser.driver();
            try {
                browser.open("documents/list.xhtml");
                browser.signIn("admin", TestServer.adminPassword());
                browser.waitForText(By.id("documents:table"), name);
                assertTrue(driver.findElements(By.cssSelector("#documents\\:table img")).isEmpty(),
                        "the name is text, not an element");
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot(test.getDisplayName());
                throw e;
            }
        }
    }
}
