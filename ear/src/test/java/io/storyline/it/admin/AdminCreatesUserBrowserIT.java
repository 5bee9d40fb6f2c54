package io.storyline.it.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storyline.it.support.Api;
import io.storyline.it.support.Browser;
import io.storyline.it.support.SharedServer;
import io.storyline.it.support.TestServer;
import java.time.Duration;
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
 * In Chromium: an admin creates an ARCHIVIST on the users page (a weak password is refused and never shown again),
 * cannot disable their own account, sets the new user another password, signs out; the new user signs in with that role only (Upload, no Admin, the users page and an editor's endpoint
 * forbidden); once an admin disables the account, the open session is no longer honoured.
 */
@ExtendWith(SharedServer.class)
class AdminCreatesUserBrowserIT {

    private static final String INITIAL_PASSWORD = "archivist passphrase 1";
    private static final String PASSWORD = "archivist passphrase 2";


    @Test
    void anAdminCreatesAnArchivistWhoSignsInWithThatRoleOnly(TestInfo test) throws Exception {
        String name = "arch-" + UUID.randomUUID().toString().substring(0, 8);
        try (Browser browser = Browser.session()) {
            WebDriver driver = browser.driver();
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
            wait.ignoring(StaleElementReferenceException.class);
            try {
                browser.open("admin/users.xhtml");
                browser.signIn("admin", TestServer.adminPassword());
                browser.waitForText(By.tagName("h1"), "Users");
                browser.waitForText(By.id("users:table"), "admin");

                fill(browser, "create:username", name);
                fill(browser, "create:displayName", "An <i>Archivist</i>");
                WebElement reader = driver.findElement(By.cssSelector("input[name='create:roles'][value='READER']"));
                if (reader.isSelected()) {
                    reader.click();
                }
                driver.findElement(By.cssSelector("input[name='create:roles'][value='ARCHIVIST']")).click();
                fill(browser, "create:password", "too short");
                driver.findElement(By.id("create:submit")).click();
                browser.waitForText(By.id("messages"), "at least 12 characters");
                wait.until(d -> d.findElement(By.id("create:password")).getAttribute("value").isEmpty());
                assertEquals("new-password", driver.findElement(By.id("create:password")).getAttribute("autocomplete"));

                fill(browser, "create:password", INITIAL_PASSWORD);
                driver.findElement(By.id("create:submit")).click();
                browser.waitForText(By.id("messages"), "User \"" + name + "\" created with ARCHIVIST");
                browser.waitForText(By.id("users:table"), name);
                String row = driver.findElement(By.xpath("//tbody/tr[td//span[normalize-space(.)='" + name + "']]")).getText();
                assertTrue(row.contains("ARCHIVIST") && !row.contains("READER") && row.contains("enabled"), row);
                assertTrue(row.contains("An <i>Archivist</i>"), "the display name is text: " + row);
                assertTrue(driver.findElements(By.cssSelector("#users\\:table i")).isEmpty(), "no markup from input");
                assertTrue(driver.findElement(By.id("create:password")).getAttribute("value").isEmpty());

                driver.findElement(By.xpath("//tbody/tr[td//span[normalize-space(.)='admin']]//button[normalize-space(.)='Disable']"))
                        .click();
                browser.waitForText(By.id("messages"), "You cannot disable your own account");

                driver.findElement(By.xpath("//tbody/tr[td//span[normalize-space(.)='" + name + "']]//button[normalize-space(.)='Manage']"))
                        .click();
                browser.waitForText(By.id("users:selected"), name);
                wait.until(d -> d.findElement(By.cssSelector("input[name='users:selectedRoles'][value='ARCHIVIST']")).isSelected());
                assertTrue(!driver.findElement(By.cssSelector("input[name='users:selectedRoles'][value='EDITOR']")).isSelected());
                fill(browser, "users:newPassword", PASSWORD);
                driver.findElement(By.id("users:resetPassword")).click();
                browser.waitForText(By.id("messages"), "New password set for \"" + name + "\"");
                assertTrue(driver.findElement(By.id("users:newPassword")).getAttribute("value").isEmpty());

                driver.findElement(By.id("session:logout")).click();
                browser.waitForText(By.tagName("body"), "You are signed out");

                browser.signIn(name, INITIAL_PASSWORD);
                browser.waitForText(By.id("login:messages"), "Wrong user name or password");
                browser.signIn(name, PASSWORD);
                browser.waitForText(By.tagName("h1"), "Documents");
                assertEquals(name, driver.findElement(By.cssSelector(".topbar .user")).getText());
                assertEquals(1, driver.findElements(By.id("nav-upload")).size(), "an archivist uploads");
                assertTrue(driver.findElements(By.id("nav-admin")).isEmpty(), "but is no admin");

                browser.open("admin/users.xhtml");
                browser.waitForText(By.tagName("h1"), "Your role does not allow this");

                Api archivist = Api.as(name, PASSWORD);
                assertEquals(200, archivist.get("api/documents?size=1").statusCode());
                assertEquals(403, archivist.post("api/documents/1/reanalyze").statusCode(), "re-analysis is for editors");

                assertEquals(200, Api.asAdmin().post("api/users/" + name + "/disable").statusCode());
                browser.open("documents/list.xhtml");
                browser.waitFor(By.id("login:username"));
                assertTrue(driver.getCurrentUrl().contains("/login.xhtml"), "the disabled user's session has ended");
                browser.signIn(name, PASSWORD);
                browser.waitForText(By.id("login:messages"), "Wrong user name or password");
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot(test.getDisplayName());
                throw e;
            }
        }
    }

    private static void fill(Browser browser, String id, String text) {
        WebElement field = browser.waitFor(By.id(id));
        field.clear();
        field.sendKeys(text);
    }
}
