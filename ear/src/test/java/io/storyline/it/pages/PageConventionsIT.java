package io.storyline.it.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storyline.it.support.Browser;
import io.storyline.it.support.Reports;
import io.storyline.it.support.SharedServer;
import io.storyline.it.support.TestServer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * In Chromium, what every page has in common: a value the page cannot read is refused in words a person uses, once;
 * and every moment the pages show is written one way ("8 Dec 2026, 14:05").
 */
@ExtendWith(SharedServer.class)
class PageConventionsIT {

    /** The one way the pages write a moment. */
    private static final Pattern MOMENT = Pattern.compile(
            "(?<!\\d)\\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \\d{4}, \\d{2}:\\d{2}(?![:.]?\\d)");
    /** Anything else that looks like a time of day or a machine's timestamp (a page may set words and numbers side
     * by side with no space, "RECEIVED8 Dec 2026", so no word boundaries). */
    private static final Pattern OTHER_TIME = Pattern.compile("(?<!\\d)\\d{1,2}:\\d{2}(?!\\d)|\\d{4}-\\d{2}-\\d{2}T\\d");

    @Test
    void aValueThePageCannotReadIsRefusedInPlainWordsOnce(TestInfo test) throws Exception {
        try (Browser browser = Browser.session()) {
            WebDriver driver = browser.driver();
            try {
                browser.open("");
                browser.signIn("admin", TestServer.adminPassword());
                browser.waitForText(By.tagName("h1"), "Documents");

                // A link with a name where the page expects an entity's number.
                browser.open("timeline/index.xhtml?entity=Blinken");
                String refused = browser.waitFor(By.id("messages")).getText();
                assertTrue(refused.contains("Blinken"), refused);
                assertFalse(refused.contains("Example") || refused.contains("consisting of")
                        || refused.contains("9223372036854775807") || refused.contains("\"entity\""),
                        "no developer's jargon: " + refused);
                assertEquals(1, count(refused, "Blinken"), "said once: " + refused);

                // A date nobody can read.
                browser.open("documents/list.xhtml?from=yesterday");
                String date = browser.waitFor(By.id("messages")).getText();
                assertTrue(date.contains("yesterday"), date);
                assertFalse(date.contains("Example") || date.contains("could not be understood"), date);
                assertEquals(1, count(date, "yesterday"), "said once: " + date);

                // A form's own message, once.
                browser.open("account/password.xhtml");
                browser.waitFor(By.id("password:submit")).click();
                browser.waitForText(By.id("messages"), "Give your current password.");
                String required = driver.findElement(By.id("messages")).getText();
                assertEquals(1, count(required, "Give your current password."), "said once: " + required);
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot(test.getDisplayName());
                throw e;
            }
        }
    }

    @Test
    void everyMomentIsWrittenOneWay(TestInfo test) throws Exception {
        String token = "moments-" + UUID.randomUUID().toString().substring(0, 8);
        long id = Reports.analysed("Harbour strike\n\nDockers stopped work on Monday. " + token, "2024-05-01",
                Map.of("tags", token));
        List<String> pages = List.of("documents/view.xhtml?id=" + id, "documents/list.xhtml?tag=" + token,
                "admin/audit.xhtml?user=admin", "admin/users.xhtml", "admin/imports.xhtml", "timeline/stories.xhtml",
                "admin/monitor.xhtml");
        try (Browser browser = Browser.session()) {
            WebDriver driver = browser.driver();
            JavascriptExecutor js = (JavascriptExecutor) driver;
            List<String> others = new ArrayList<>();
            int moments = 0;
            try {
                browser.open("");
                browser.signIn("admin", TestServer.adminPassword());
                browser.waitForText(By.tagName("h1"), "Documents");
                for (String page : pages) {
                    browser.open(page);
                    browser.waitFor(By.tagName("h1"));
                    browser.awaitQuiet();
                    // The page's own words, not a document's text (which may name any time).
                    String text = (String) js.executeScript("var main = document.getElementById('main').cloneNode(true);"
                            + "main.querySelectorAll('.doc-text').forEach(function (e) { e.remove(); });"
                            + "document.body.appendChild(main); var t = main.innerText; main.remove(); return t;");
                    Matcher m = MOMENT.matcher(text);
                    while (m.find()) {
                        moments++;
                    }
                    String rest = MOMENT.matcher(text).replaceAll("(moment)");
                    Matcher other = OTHER_TIME.matcher(rest);
                    while (other.find()) {
                        int from = Math.max(0, other.start() - 25);
                        others.add(page + ": …" + rest.substring(from, Math.min(rest.length(), other.end() + 25))
                                .replace('\n', ' ') + "…");
                    }
                }
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot(test.getDisplayName());
                throw e;
            }
            assertTrue(others.isEmpty(), "times written another way:\n" + String.join("\n", others));
            assertTrue(moments >= 6, "the pages show their moments (uploaded, analysed, history, audit): " + moments);
        }
    }

    private static int count(String text, String word) {
        int n = 0;
        for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + word.length())) {
            n++;
        }
        return n;
    }
}
