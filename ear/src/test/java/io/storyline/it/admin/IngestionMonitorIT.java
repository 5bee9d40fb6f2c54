package io.storyline.it.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storyline.it.support.Api;
import io.storyline.it.support.Browser;
import io.storyline.it.support.SharedServer;
import io.storyline.it.support.TestServer;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The ingestion monitor from outside: a broken PDF and a good text go in; {@code GET /api/monitor} shows the queues,
 * the throughput and the broken one's failure group; retrying that group over REST sends the document through the
 * pipeline again (its history says so); roles and parameters are checked; in Chromium an admin sees the group and
 * retries it after a confirmation, and an editor is turned away.
 */
@ExtendWith(SharedServer.class)
class IngestionMonitorIT {

    private static final Duration SETTLE = Duration.ofMinutes(5);


    /** Uploads the files and waits until each is analysed or failed; by filename. */
    private static Map<String, JsonObject> uploadAndSettle(Map<String, byte[]> files) {
        Api admin = Api.asAdmin();
        HttpResponse<String> posted = admin.postFiles("api/documents", files, Map.of());
        assertEquals(202, posted.statusCode(), posted.body());
        Map<String, JsonObject> settled = new LinkedHashMap<>();
        for (JsonObject receipt : Api.array(posted).getValuesAs(JsonObject.class)) {
            settled.put(receipt.getString("filename"), admin.awaitSettled(receipt.getJsonNumber("id").longValue(), SETTLE));
        }
        return settled;
    }

    private static byte[] brokenPdf(String token) {
        return ("%PDF-1.7 cut short " + token).getBytes(StandardCharsets.US_ASCII);
    }

    private static List<String> steps(long id) {
        return Api.array(Api.asAdmin().get("api/documents/" + id + "/history")).getValuesAs(JsonObject.class).stream()
                .map(h -> h.getString("step")).toList();
    }

    private static JsonObject group(JsonObject monitor, String stage, String reason) {
        return monitor.getJsonArray("failures").getValuesAs(JsonObject.class).stream()
                .filter(g -> g.getString("stage").equals(stage) && g.getString("reason").equals(reason))
                .findFirst().orElseThrow(() -> new AssertionError("no group " + stage + "/" + reason + ": " + monitor));
    }

    @Test
    void theMonitorShowsQueuesThroughputAndTheFailureGroupAndRetriesTheGroup() {
        String token = UUID.randomUUID().toString().substring(0, 8);
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("broken-" + token + ".pdf", brokenPdf(token));
        files.put("good-" + token + ".txt", ("Talks resume " + token + "\n\nCAIRO, May 2 - Negotiators met in Cairo on"
                + " Thursday to discuss a truce.").getBytes(StandardCharsets.UTF_8));
        Map<String, JsonObject> settled = uploadAndSettle(files);
        JsonObject broken = settled.get("broken-" + token + ".pdf");
        JsonObject good = settled.get("good-" + token + ".txt");
        assertEquals("FAILED", broken.getString("status"), broken.toString());
        assertEquals("ANALYZED", good.getString("status"), good.toString());
        String reason = broken.getString("failureReason");
        long brokenId = broken.getJsonNumber("id").longValue();

        Api admin = Api.asAdmin();
        HttpResponse<String> read = admin.get("api/monitor?examples=10");
        assertEquals(200, read.statusCode(), read.body());
        JsonObject monitor = Api.object(read);
        List<JsonObject> stages = monitor.getJsonArray("stages").getValuesAs(JsonObject.class);
        assertEquals(List.of("EXTRACTION", "ANALYSIS"), stages.stream().map(s -> s.getString("stage")).toList());
        for (JsonObject stage : stages) {
            assertTrue(stage.getJsonNumber("waiting").longValue() >= 0, stage.toString());
            assertTrue(stage.getInt("workers") >= 1, "the workers' concurrency is shown: " + stage);
            assertTrue(stage.getJsonNumber("finishedLast60Minutes").longValue() >= 1,
                    "the good document finished both stages just now: " + stage);
            assertTrue(stage.getJsonNumber("finishedLast60Minutes").longValue()
                    >= stage.getJsonNumber("finishedLast5Minutes").longValue(), stage.toString());
            assertTrue(stage.getJsonNumber("perMinuteLast60Minutes").doubleValue() > 0, stage.toString());
            assertFalse(stage.getString("timeLeft").isBlank(), stage.toString());
            if (stage.getJsonNumber("backlog").longValue() == 0) {
                assertEquals("nothing waits", stage.getString("timeLeft"));
            }
        }

        JsonObject failures = group(monitor, "EXTRACTION", reason);
        assertTrue(failures.getJsonNumber("count").longValue() >= 1, failures.toString());
        assertEquals("api/documents?status=FAILED&reason=" + reason, failures.getString("documents"));
        assertFalse(failures.getBoolean("reanalysable"), "a failed extraction has no text to analyse");
        JsonObject example = failures.getJsonArray("examples").getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getJsonNumber("id").longValue() == brokenId).findFirst()
                .orElseThrow(() -> new AssertionError("the broken PDF is among the latest failures: " + failures));
        assertEquals(broken.getString("failureMessage"), example.getString("message"));
        long listed = Api.object(admin.get(failures.getString("documents") + "&size=1")).getJsonNumber("total").longValue();
        assertTrue(listed >= failures.getJsonNumber("count").longValue(), "the table's link lists the whole group");

        HttpResponse<String> retried = admin.post("api/monitor/failures/retry?stage=extraction&reason=" + reason);
        assertEquals(202, retried.statusCode(), retried.body());
        assertTrue(Api.object(retried).getInt("retried") >= 1, retried.body());
        List<String> afterRetry = steps(brokenId);
        assertTrue(afterRetry.indexOf("RETRY_REQUESTED") > afterRetry.indexOf("FAILED"),
                "the retry follows the failure in the history: " + afterRetry);
        JsonObject again = admin.awaitSettled(brokenId, SETTLE);
        assertEquals(reason, again.getString("failureReason"), "the same bytes fail the same way");
        List<String> settledAgain = steps(brokenId);
        List<String> sinceRetry = settledAgain.subList(settledAgain.indexOf("RETRY_REQUESTED"), settledAgain.size());
        assertTrue(sinceRetry.contains("EXTRACTION_STARTED") && sinceRetry.get(sinceRetry.size() - 1).equals("FAILED"),
                "it went through extraction again: " + settledAgain);

        HttpResponse<String> reanalyzed = admin.post("api/monitor/failures/reanalyze?reason=" + reason);
        assertEquals(202, reanalyzed.statusCode(), reanalyzed.body());
        assertFalse(steps(brokenId).contains("REANALYSIS_REQUESTED"), "a failed extraction is not sent to analysis");
    }

    @Test
    void onlyAdminsReadTheMonitorAndItsParametersAreChecked() {
        Api admin = Api.asAdmin();
        HttpResponse<String> unknown = admin.post("api/monitor/failures/retry?stage=extraction&reason=%3Cscript%3E");
        assertEquals(400, unknown.statusCode(), unknown.body());
        assertTrue(Api.object(unknown).getString("detail").contains("CORRUPT"), "the detail lists the reasons: "
                + unknown.body());
        HttpResponse<String> noStage = admin.post("api/monitor/failures/retry?reason=CORRUPT");
        assertEquals(400, noStage.statusCode(), noStage.body());
        assertTrue(Api.object(noStage).getString("detail").contains("Name the stage"), noStage.body());

        assertEquals(401, Api.anonymous().get("api/monitor").statusCode());
        assertEquals(401, Api.anonymous().post("api/monitor/failures/retry?stage=EXTRACTION&reason=CORRUPT").statusCode());
        Api editor = Api.newUser("EDITOR", "editor-password-" + UUID.randomUUID());
        assertEquals(403, editor.get("api/monitor").statusCode());
        assertEquals(403, editor.post("api/monitor/failures/retry?stage=EXTRACTION&reason=CORRUPT").statusCode());
        assertEquals(403, editor.post("api/monitor/failures/reanalyze?reason=INTERNAL").statusCode());
    }

    @Test
    void anAdminSeesTheFailureGroupAndRetriesItAndAnEditorIsTurnedAway(TestInfo test) throws Exception {
        String token = UUID.randomUUID().toString().substring(0, 8);
        JsonObject broken = uploadAndSettle(Map.of("<em>page&-" + token + ".pdf", brokenPdf(token)))
                .values().iterator().next();
        assertEquals("FAILED", broken.getString("status"), broken.toString());
        String reason = broken.getString("failureReason");
        long id = broken.getJsonNumber("id").longValue();
        String row = "tr.failure-extraction-" + reason.toLowerCase(Locale.ROOT);

        try (Browser browser = Browser.session()) {
            WebDriver driver = browser.driver();
            // The figures are redrawn every 5 s: an element read mid-update is read again.
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
            wait.ignoring(StaleElementReferenceException.class);
            try {
                browser.open("admin/monitor.xhtml");
                browser.signIn("admin", TestServer.adminPassword());
                browser.waitForText(By.tagName("h1"), "Ingestion monitor");
                WebElement group = browser.waitFor(By.cssSelector(row));
                assertTrue(Long.parseLong(group.findElement(By.cssSelector(".monitor-count")).getText()) >= 1);
                String link = group.findElement(By.cssSelector("a.reason-link")).getAttribute("href");
                assertTrue(link.contains("documents/list.xhtml") && link.contains("status=FAILED")
                        && link.contains("reason=" + reason), link);
                wait.until(d -> d.findElement(By.cssSelector(row)).getText().contains("<em>page&-" + token));
                assertTrue(driver.findElements(By.cssSelector(row + " .monitor-examples em")).isEmpty(),
                        "a filename is shown as text, never as markup");
                assertEquals(2, driver.findElements(By.cssSelector("#monitor\\:stages tbody tr")).size());

                wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(row + " button.retry-all"))).click();
                wait.until(ExpectedConditions.elementToBeClickable(By.id("monitor:confirmYes"))).click();
                wait.until(d -> d.findElement(By.id("messages")).getText().contains("queued again for extraction"));
                assertTrue(steps(id).contains("RETRY_REQUESTED"), "the group's documents were retried: " + steps(id));
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot(test.getDisplayName() + "-admin");
                throw e;
            }
        }

        String editor = "editor-" + token;
        String password = "pw-" + UUID.randomUUID();
        HttpResponse<String> created = Api.asAdmin().postJson("api/users", "{\"username\":\"" + editor
                + "\",\"displayName\":\"An editor\",\"roles\":[\"EDITOR\"],\"password\":\"" + password + "\"}");
        assertEquals(201, created.statusCode(), created.body());
        try (Browser browser = Browser.session()) {
            try {
                browser.open("admin/monitor.xhtml");
                browser.signIn(editor, password);
                browser.waitForText(By.tagName("h1"), "Your role does not allow this");
                assertTrue(browser.driver().findElements(By.id("monitor:failures")).isEmpty());
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot(test.getDisplayName() + "-editor");
                throw e;
            }
        }
    }
}
