package io.storyline.it.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storyline.it.support.Api;
import io.storyline.it.support.Browser;
import io.storyline.it.support.SharedServer;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * In Chromium: a reader opens "Password" from the top bar and changes their own password. A wrong current
 * password, two different new ones and a common password are refused with a message saying why; then the change
 * goes through, the reader stays signed in, their other session and their API client must sign in again, and only
 * the new password signs in.
 */
@ExtendWith(SharedServer.class)
class OwnPasswordBrowserIT {

    private static final String OLD = "granite orchard by the sea";
    private static final String NEW = "lantern ferry at midnight";


    @Test
    void aReaderChangesTheirOwnPasswordOnThePage(TestInfo test) throws Exception {
        String name = "pat-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> created = Api.asAdmin().postJson("api/users", "{\"username\":\"" + name
                + "\",\"displayName\":\"Pat\",\"roles\":[\"READER\"],\"password\":\"" + OLD + "\"}");
        assertEquals(201, created.statusCode(), created.body());
        FormLogin otherSession = new FormLogin();
        assertEquals(302, otherSession.signIn(name, OLD).statusCode());
        Api apiClient = Api.as(name, OLD);
        assertEquals(200, apiClient.get("api/documents?size=1").statusCode());

        try (Browser browser = Browser.session()) {
            WebDriver driver = browser.driver();
            try {
                browser.open("documents/list.xhtml");
                browser.signIn(name, OLD);
                browser.waitForText(By.tagName("h1"), "Documents");
                driver.findElement(By.id("session:password")).click();
                browser.waitForText(By.tagName("h1"), "Your password");
                assertTrue(driver.getCurrentUrl().endsWith("/account/password.xhtml"), driver.getCurrentUrl());

                submit(browser, "not my password at all", NEW, NEW);
                browser.waitForText(By.id("messages"), "The current password is wrong.");
                assertTrue(driver.findElement(By.id("password:current")).getAttribute("value").isEmpty(),
                        "passwords are never sent back");

                submit(browser, OLD, NEW, NEW + "!");
                browser.waitForText(By.id("messages"), "The new password and its repetition differ");

                submit(browser, OLD, "password1234", "password1234");
                browser.waitForText(By.id("messages"), "This password is too easy to guess: it is a common password");

                submit(browser, OLD, NEW, NEW);
                browser.waitForText(By.id("messages"), "Your password is changed.");

                browser.open("documents/list.xhtml");
                browser.waitForText(By.tagName("h1"), "Documents");
                assertEquals(name, driver.findElement(By.cssSelector(".topbar .user")).getText(), "still signed in");
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot(test.getDisplayName());
                throw e;
            }
        }

        HttpResponse<String> ended = otherSession.get("documents/list.xhtml");
        assertEquals(302, ended.statusCode(), "the other session has ended");
        assertEquals(401, apiClient.get("api/documents?size=1").statusCode(), "the API client's password is the old one");
        assertEquals(200, new FormLogin().signIn(name, OLD).statusCode(), "the old password is refused");
        assertEquals(302, new FormLogin().signIn(name, NEW).statusCode(), "the new one signs in");

        List<JsonObject> changes = Api.object(Api.asAdmin().get("api/audit?action=PASSWORD_CHANGE&user="
                + URLEncoder.encode(name, StandardCharsets.UTF_8))).getJsonArray("items").getValuesAs(JsonObject.class);
        assertEquals(List.of("own password changed (page)"), changes.stream().map(e -> e.getString("detail")).toList());
    }

    private static void submit(Browser browser, String current, String next, String repeated) {
        fill(browser, "password:current", current);
        fill(browser, "password:next", next);
        fill(browser, "password:repeated", repeated);
        browser.driver().findElement(By.id("password:submit")).click();
    }

    private static void fill(Browser browser, String id, String text) {
        WebElement field = browser.waitFor(By.id(id));
        field.clear();
        field.sendKeys(text);
    }
}
