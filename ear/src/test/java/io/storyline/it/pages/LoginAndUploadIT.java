package io.storyline.it.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storyline.it.support.Browser;
import io.storyline.it.support.Deployments;
import io.storyline.it.support.TestServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** In Chromium: sign in, upload a text file on the upload page and find it on the documents page. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LoginAndUploadIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void anArchivistSignsInUploadsAFileAndSeesItListed(TestInfo test) throws Exception {
        String name = "dispatch-" + UUID.randomUUID().toString().substring(0, 8) + ".txt";
        Path file = Files.createTempDirectory("upload").resolve(name);
        Files.writeString(file, "Protest in Tel Aviv\n\nTEL AVIV, April 30 - Families of captives protested around"
                + " Blinken. " + name, StandardCharsets.UTF_8);

        try (Browser browser = new Browser()) {
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
                driver.findElement(By.cssSelector("input[type=file]")).sendKeys(file.toString());
                browser.waitForText(By.id("upload:outcomes"), name);
                browser.waitForText(By.id("upload:outcomes"), "NEW");

                browser.waitForText(By.id("upload:outcomes"), "EXTRACTED");

                driver.findElement(By.linkText("Documents")).click();
                browser.waitForText(By.id("documents:table"), name);
                String row = driver.findElement(By.xpath("//tr[td[contains(., '" + name + "')]]")).getText();
                assertTrue(row.contains("Protest in Tel Aviv"), "the headline is the title: " + row);
                assertTrue(row.contains("EXTRACTED"), row);
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

        try (Browser browser = new Browser()) {
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
