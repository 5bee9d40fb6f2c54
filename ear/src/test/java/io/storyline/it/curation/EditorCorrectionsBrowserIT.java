package io.storyline.it.curation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storyline.it.support.Api;
import io.storyline.it.support.Browser;
import io.storyline.it.support.Reports;
import io.storyline.it.support.SharedServer;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * In Chromium, an editor on a document's page: rejects a place name the machine found, dates an event to the month,
 * adds a mention by selecting its words; an admin has the document analysed again and every correction holds.
 */
@ExtendWith(SharedServer.class)
class EditorCorrectionsBrowserIT {

    private static final String WHY = "The street, not the town";
    private static final Duration SETTLE = Duration.ofSeconds(120);
    private static final String MISSED = "the Israeli military";


    private static String sample() throws IOException {
        try (InputStream in = EditorCorrectionsBrowserIT.class.getResourceAsStream("/samples/blinken-netanyahu-rafah.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8) + "\n\n(" + UUID.randomUUID() + ")";
        }
    }

    @Test
    void anEditorsCorrectionsSurviveReanalysis(TestInfo test) throws Exception {
        String name = "editor-" + UUID.randomUUID().toString().substring(0, 8);
        String password = "pw-" + UUID.randomUUID();
        HttpResponse<String> created = Api.asAdmin().postJson("api/users", "{\"username\":\"" + name
                + "\",\"roles\":[\"EDITOR\"],\"password\":\"" + password + "\"}");
        assertEquals(201, created.statusCode(), created.body());
        long id = Reports.analysed(sample(), "2024-05-01");

        try (Browser browser = Browser.session()) {
            WebDriver driver = browser.driver();
            WebDriverWait wait = new WebDriverWait(driver, SETTLE);
            wait.ignoring(StaleElementReferenceException.class);
            try {
                browser.open("documents/view.xhtml?id=" + id);
                browser.signIn(name, password);
                settled(wait);

                // A place name the machine found is not a name here. The editor says why first, as the layout
                // suggests, then chooses the mention: the reason typed is kept with the decision.
                driver.findElement(By.id("doc:reason")).sendKeys(WHY);
                driver.findElement(By.xpath("//table[@id='mentionTable']//tr[td[@class='words'][.='Rafah']][1]"
                        + "//a[contains(@id,'chooseMention')]")).click();
                wait.until(d -> d.findElement(By.id("doc:chosenMentionText")).getText().equals("Rafah"));
                driver.findElement(By.id("doc:rejectMention")).click();
                wait.until(d -> d.findElement(By.id("messages")).getText().contains("Saved: reject mention"));
                settled(wait);

                // The phone call happened in April; the day is not known.
                driver.findElement(By.xpath("//table[@id='eventTable']//tr[td[2][.='PHONE_CALL']][1]"
                        + "//a[contains(@id,'chooseEvent')]")).click();
                wait.until(d -> !d.findElements(By.id("doc:eventPanel")).isEmpty());
                driver.findElement(By.id("doc:eventDate")).clear();
                driver.findElement(By.id("doc:eventDate")).sendKeys("2024-04-02");
                new Select(driver.findElement(By.id("doc:precision"))).selectByValue("MONTH");
                driver.findElement(By.id("doc:redateEvent")).click();
                wait.until(d -> d.findElement(By.id("messages")).getText().contains("Saved: date event"));
                settled(wait);

                // A mention the machine missed, added by selecting its words.
                // Select the words as a person would: they may cross highlights (nodes), notes are not text.
                ((JavascriptExecutor) driver).executeScript(
                        "var root = document.getElementById('doc:text'); var nodes = []; var text = '';"
                                + "var walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, null); var n;"
                                + "while ((n = walker.nextNode()) !== null) { if (n.parentElement.closest('small.note'))"
                                + " { continue; } nodes.push([n, text.length]); text += n.nodeValue; }"
                                + "var begin = text.indexOf(arguments[0]); var end = begin + arguments[0].length;"
                                + "function at(offset) { for (var i = nodes.length - 1; i >= 0; i--) {"
                                + " if (nodes[i][1] <= offset) { return [nodes[i][0], offset - nodes[i][1]]; } } }"
                                + "var s = at(begin); var e = at(end); var r = document.createRange();"
                                + "r.setStart(s[0], s[1]); r.setEnd(e[0], e[1]); var sel = window.getSelection();"
                                + "sel.removeAllRanges(); sel.addRange(r);"
                                + "root.dispatchEvent(new MouseEvent('mouseup', {bubbles: true}));",
                        MISSED);
                wait.until(d -> d.findElement(By.id("selectionShown")).getText().contains(MISSED));
                new Select(driver.findElement(By.id("doc:addType"))).selectByValue("ORGANIZATION");
                driver.findElement(By.id("doc:addName")).sendKeys("Israel Defense Forces");
                driver.findElement(By.id("doc:addMentionButton")).click();
                wait.until(d -> d.findElement(By.id("messages")).getText().contains("Saved: add mention"));
                settled(wait);
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot(test.getDisplayName());
                throw e;
            }

            // An admin has the document analysed again: the machine would find Rafah, date the call to the day,
            // and miss the military. The corrections hold.
            HttpResponse<String> again = Api.asAdmin().post("api/documents/" + id + "/reanalyze");
            assertEquals(202, again.statusCode(), again.body());
            Reports.awaitAnalysedAgain(id);

            JsonObject rejection = Api.array(Api.asAdmin().get("api/documents/" + id + "/decisions")).stream()
                    .map(JsonValue::asJsonObject).filter(d -> d.getString("kind").equals("REJECT_MENTION"))
                    .findFirst().orElseThrow();
            assertEquals(name, rejection.getString("decidedBy"));
            assertEquals(WHY, rejection.getString("reason", null), "the reason typed before the choice is kept");
            List<JsonObject> mentions = Api.array(Api.asAdmin().get("api/documents/" + id + "/entities")).stream()
                    .map(JsonValue::asJsonObject).toList();
            assertTrue(mentions.stream().noneMatch(m -> m.getInt("begin") == rejection.getInt("begin")),
                    "the rejected mention stays away");
            assertTrue(mentions.stream().anyMatch(m -> m.getString("text").equals("Rafah")), "the other Rafahs stay");
            JsonObject added = mentions.stream().filter(m -> m.getString("text").equals(MISSED)).findFirst()
                    .orElseThrow(() -> new AssertionError("the added mention stays"));
            assertEquals("ORGANIZATION", added.getString("type"));
            assertEquals("Israel Defense Forces", added.getString("name"));
            JsonObject call = Api.array(Api.asAdmin().get("api/documents/" + id + "/events")).stream()
                    .map(JsonValue::asJsonObject).filter(e -> e.getString("type").equals("PHONE_CALL")).findFirst()
                    .orElseThrow();
            assertEquals("2024-04", call.getJsonObject("date").getString("value"));
            assertEquals("PERSON", call.getJsonObject("date").getString("source"));

            try {
                browser.open("documents/view.xhtml?id=" + id);
                settled(wait);
                wait.until(d -> !d.findElements(By.xpath("//table[@id='eventTable']//tr[td[2][.='PHONE_CALL']]"
                        + "[td[3][.='2024-04']]")).isEmpty());
                wait.until(d -> !d.findElements(By.xpath("//table[@id='mentionTable']//tr[td[1][.='" + MISSED + "']]"
                        + "[td[2][.='organization']]")).isEmpty());
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot(test.getDisplayName() + "-after");
                throw e;
            }
        }
    }

    /** The page shows the document analysed and no longer processing. */
    private static void settled(WebDriverWait wait) {
        wait.until(d -> d.findElement(By.id("doc:status")).getText().equals("ANALYZED")
                && d.findElements(By.id("doc:processing")).isEmpty()
                && !d.findElements(By.id("doc:corrections")).isEmpty());
    }
}
