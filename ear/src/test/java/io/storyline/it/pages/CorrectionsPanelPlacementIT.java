package io.storyline.it.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storyline.it.support.Api;
import io.storyline.it.support.Browser;
import io.storyline.it.support.Reports;
import io.storyline.it.support.SharedServer;
import java.io.IOException;
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
 * In Chromium, an editor far down a long document page chooses a mention to correct: the corrections panel opens
 * where the editor is looking, the confirmation of the decision shows there too, and the right-hand column stays
 * about a screen long.
 */
@ExtendWith(SharedServer.class)
class CorrectionsPanelPlacementIT {

    private static final Duration SETTLE = Duration.ofSeconds(120);

    private static String sample() throws IOException {
        try (InputStream in = CorrectionsPanelPlacementIT.class.getResourceAsStream("/samples/blinken-netanyahu-rafah.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8) + "\n\n(" + UUID.randomUUID() + ")";
        }
    }

    @Test
    void thePanelAndItsConfirmationOpenWhereTheEditorIsLooking(TestInfo test) throws Exception {
        String name = "placer-" + UUID.randomUUID().toString().substring(0, 8);
        String password = "pw-" + UUID.randomUUID();
        HttpResponse<String> created = Api.asAdmin().postJson("api/users", "{\"username\":\"" + name
                + "\",\"roles\":[\"EDITOR\"],\"password\":\"" + password + "\"}");
        assertEquals(201, created.statusCode(), created.body());
        long id = Reports.analysed(sample(), "2024-05-01");

        try (Browser browser = Browser.session()) {
            WebDriver driver = browser.driver();
            JavascriptExecutor js = (JavascriptExecutor) driver;
            WebDriverWait wait = new WebDriverWait(driver, SETTLE);
            wait.ignoring(StaleElementReferenceException.class);
            try {
                browser.open("documents/view.xhtml?id=" + id);
                browser.signIn(name, password);
                wait.until(d -> d.findElement(By.id("doc:status")).getText().equals("ANALYZED")
                        && !d.findElements(By.id("doc:corrections")).isEmpty());

                // The last mention of the table, far down the page, brought to the bottom of the window.
                List<WebElement> choose = driver.findElements(By.xpath(
                        "//table[@id='mentionTable']//a[contains(@id,'chooseMention')]"));
                WebElement last = choose.get(choose.size() - 1);
                js.executeScript("arguments[0].scrollIntoView({block: 'end'});", last);
                long scrolled = ((Number) js.executeScript("return window.scrollY;")).longValue();
                assertTrue(scrolled > 900, "the last mention is more than a screen down the page: " + scrolled);
                last.click();
                wait.until(d -> !d.findElements(By.id("doc:mentionPanel")).isEmpty());
                browser.awaitQuiet();
                assertInView(js, "doc:mentionPanel", "the corrections panel");
                browser.screenshot("corrections-panel");

                driver.findElement(By.id("doc:acceptMention")).click();
                wait.until(d -> d.findElement(By.id("messages")).getText().contains("Saved: accept mention"));
                browser.awaitQuiet();
                assertInView(js, "messages", "the confirmation");
                browser.screenshot("corrections-confirmed");

                long side = ((Number) js.executeScript(
                        "return Math.round(document.querySelector('aside.doc-side').getBoundingClientRect().height);"))
                        .longValue();
                assertTrue(side <= 1800, "the right-hand column is about two screens at most: " + side + " px");
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot(test.getDisplayName());
                throw e;
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static void assertInView(JavascriptExecutor js, String id, String what) {
        Map<String, Object> rect = (Map<String, Object>) js.executeScript(
                "var r = document.getElementById(arguments[0]).getBoundingClientRect();"
                        + "return {top: r.top, bottom: r.bottom, height: r.height, view: window.innerHeight};", id);
        double top = ((Number) rect.get("top")).doubleValue();
        double bottom = ((Number) rect.get("bottom")).doubleValue();
        double view = ((Number) rect.get("view")).doubleValue();
        assertTrue(((Number) rect.get("height")).doubleValue() > 0 && top >= 0 && bottom <= view,
                what + " is inside the window (0.." + view + "): " + rect);
    }
}
