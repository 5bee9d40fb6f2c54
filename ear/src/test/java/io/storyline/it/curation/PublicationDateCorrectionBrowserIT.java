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
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * In Chromium, an editor corrects a document's publication date on its page: the correction is a decision (who,
 * when, why), audited, and the document is analysed again from the new date, so "on Wednesday" moves with it; a
 * later re-analysis keeps the editor's date.
 */
@ExtendWith(SharedServer.class)
class PublicationDateCorrectionBrowserIT {

    private static final String WHY = "The wire copy carried the embargo's date";
    private static final Duration SETTLE = Duration.ofSeconds(120);

    private static String sample() throws IOException {
        try (InputStream in = PublicationDateCorrectionBrowserIT.class
                .getResourceAsStream("/samples/blinken-netanyahu-rafah.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8) + "\n\n(" + UUID.randomUUID() + ")";
        }
    }

    @Test
    void anEditorCorrectsThePublicationDateAndTheRelativeDatesMoveWithIt(TestInfo test) throws Exception {
        String name = "dater-" + UUID.randomUUID().toString().substring(0, 8);
        String password = "pw-" + UUID.randomUUID();
        HttpResponse<String> created = Api.asAdmin().postJson("api/users", "{\"username\":\"" + name
                + "\",\"roles\":[\"EDITOR\"],\"password\":\"" + password + "\"}");
        assertEquals(201, created.statusCode(), created.body());
        // Wednesday 1 May 2024: "on Wednesday" is that day.
        long id = Reports.analysed(sample(), "2024-05-01");
        JsonObject meeting = wednesdayEvent(id, "2024-05-01");
        assertEquals("2024-05-01", wednesday(id));

        try (Browser browser = Browser.session()) {
            WebDriver driver = browser.driver();
            WebDriverWait wait = new WebDriverWait(driver, SETTLE);
            wait.ignoring(StaleElementReferenceException.class);
            try {
                browser.open("documents/view.xhtml?id=" + id);
                browser.signIn(name, password);
                wait.until(d -> d.findElement(By.id("doc:status")).getText().equals("ANALYZED"));

                // The story ran six weeks later: Thursday 13 June 2024, so its Wednesday is 12 June.
                driver.findElement(By.id("doc:publishedCorrection")).sendKeys("2024-06-13");
                driver.findElement(By.id("doc:publishedReason")).sendKeys(WHY);
                driver.findElement(By.id("doc:correctPublished")).click();
                wait.until(d -> d.findElement(By.id("messages")).getText().contains("Saved: publication date 2024-06-13"));
                Reports.awaitAnalysedAgain(id);
                browser.open("documents/view.xhtml?id=" + id);
                wait.until(d -> d.findElement(By.id("doc:status")).getText().equals("ANALYZED")
                        && d.findElements(By.id("doc:processing")).isEmpty());
                String published = driver.findElement(By.id("published")).getText();
                assertTrue(published.contains("2024-06-13"), published);
                wait.until(d -> d.findElement(By.id("events")).getText().contains("2024-06-12"));
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot(test.getDisplayName());
                throw e;
            }
        }

        // "Wednesday" is read from the new date, and the event the text dates "on Wednesday" moved with it.
        assertEquals("2024-06-12", wednesday(id));
        assertEquals("2024-06-12", eventAt(id, meeting.getInt("begin")).getJsonObject("date").getString("value"));
        JsonObject document = Api.object(Api.asAdmin().get("api/documents/" + id));
        assertEquals("2024-06-13", document.getString("publishedAt").substring(0, 10));

        // The correction is a decision: who, when, why, and the date.
        JsonObject decision = Api.array(Api.asAdmin().get("api/documents/" + id + "/decisions")).stream()
                .map(JsonValue::asJsonObject).filter(d -> d.getString("kind").equals("DATE_DOCUMENT"))
                .findFirst().orElseThrow(() -> new AssertionError("the correction is kept as a decision"));
        assertEquals(name, decision.getString("decidedBy"));
        assertEquals(WHY, decision.getString("reason"));
        assertEquals("2024-06-13", decision.getString("date"));
        assertTrue(decision.isNull("supersededAt"));
        String audit = Api.asAdmin().get("api/audit?user=" + name + "&action=DECISION").body();
        assertTrue(audit.contains("DATE_DOCUMENT") && audit.contains("2024-06-13"), audit);

        // A later re-analysis reads from the editor's date again; the REST API corrects it the same way.
        HttpResponse<String> again = Api.asAdmin().post("api/documents/" + id + "/reanalyze");
        assertEquals(202, again.statusCode(), again.body());
        Reports.awaitAnalysedAgain(id);
        assertEquals("2024-06-12", eventAt(id, meeting.getInt("begin")).getJsonObject("date").getString("value"));
        HttpResponse<String> viaApi = Api.as(name, password).postJson("api/documents/" + id + "/decisions",
                "{\"kind\":\"DATE_DOCUMENT\",\"date\":\"2024-05-01\",\"reason\":\"Back to the first date\"}");
        assertEquals(202, viaApi.statusCode(), viaApi.body());
        Reports.awaitAnalysedAgain(id);
        assertEquals("2024-05-01", eventAt(id, meeting.getInt("begin")).getJsonObject("date").getString("value"));
        HttpResponse<String> nonsense = Api.as(name, password).postJson("api/documents/" + id + "/decisions",
                "{\"kind\":\"DATE_DOCUMENT\",\"date\":\"13/06/2024\"}");
        assertEquals(400, nonsense.statusCode(), nonsense.body());
    }

    /** The event of the sentence that says "on Wednesday", dated by it to {@code day}. */
    private static JsonObject wednesdayEvent(long id, String day) {
        return Api.array(Api.asAdmin().get("api/documents/" + id + "/events")).stream().map(JsonValue::asJsonObject)
                .filter(e -> e.getString("sentence").contains("on Wednesday") && !e.isNull("date")
                        && day.equals(e.getJsonObject("date").getString("value"))
                        && "GOVERNING_EXPRESSION".equals(e.getJsonObject("date").getString("source")))
                .findFirst().orElseThrow(() -> new AssertionError("an event dated by \"on Wednesday\" to " + day));
    }

    /** The value of the document's first time expression "Wednesday". */
    private static String wednesday(long id) {
        return Api.array(Api.asAdmin().get("api/documents/" + id + "/times")).stream().map(JsonValue::asJsonObject)
                .filter(t -> t.getString("text").equals("Wednesday")).findFirst()
                .orElseThrow(() -> new AssertionError("\"Wednesday\" is a time expression")).getString("value");
    }

    private static JsonObject eventAt(long id, int begin) {
        return Api.array(Api.asAdmin().get("api/documents/" + id + "/events")).stream().map(JsonValue::asJsonObject)
                .filter(e -> e.getInt("begin") == begin).findFirst()
                .orElseThrow(() -> new AssertionError("the event at " + begin + " is still there"));
    }
}
