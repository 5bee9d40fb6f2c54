package io.storyline.it.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storyline.it.support.Api;
import io.storyline.it.support.Browser;
import io.storyline.it.support.SharedServer;
import io.storyline.it.support.TestServer;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * {@code GET /api/system} and the System page on the packaged EAR: versions read from the running code, the
 * configuration with the bootstrap admin's password (set by the test server) masked, the health checks, memory and
 * storage; admins only.
 */
@ExtendWith(SharedServer.class)
class SystemPageIT {

    private static final String PASSWORD = "correct horse battery";


    @Test
    void theSystemReportHasVersionsConfigurationHealthMemoryAndStorage() {
        HttpResponse<String> response = Api.asAdmin().get("api/system");
        assertEquals(200, response.statusCode(), response.body());
        JsonObject system = Api.object(response);
        assertTrue(system.getString("java").matches(".*\\d+.*"), system.getString("java"));
        assertTrue(system.getInt("processors") > 0);
        JsonObject heap = system.getJsonObject("heap");
        for (String key : List.of("usedBytes", "committedBytes", "maxBytes", "peakBytes")) {
            assertTrue(heap.getJsonNumber(key).longValue() > 0, key);
        }
        assertTrue(system.getJsonObject("nonHeap").getJsonNumber("usedBytes").longValue() > 0);

        JsonObject versions = system.getJsonObject("versions");
        assertTrue(versions.getString("Storyline").matches("\\d+\\.\\d+\\.\\d+.*"), versions.toString());
        assertTrue(versions.getString("Server").startsWith("WildFly"), versions.toString());
        assertTrue(versions.getString("Hibernate ORM").matches("\\d+\\.\\d+.*"), versions.toString());
        assertTrue(versions.getString("Hibernate Search").matches("\\d+\\.\\d+.*"), versions.toString());
        assertTrue(versions.getString("Apache Tika").startsWith("3."), versions.toString());
        assertTrue(versions.getString("Stanford CoreNLP").startsWith("4."), versions.toString());
        assertTrue(versions.getString("Database").startsWith("H2"), versions.toString());

        JsonObject configuration = system.getJsonObject("configuration");
        assertEquals(TestServer.dataDir().toString(), configuration.getString("storyline.data.dir"));
        assertEquals("••••", configuration.getString("storyline.bootstrap.admin-password"),
                "the test server sets the admin's password; it is masked");
        assertFalse(response.body().contains(TestServer.adminPassword()), "the secret appears nowhere");

        Map<String, JsonObject> health = system.getJsonArray("health").getValuesAs(JsonValue::asJsonObject).stream()
                .collect(Collectors.toMap(c -> c.getString("name"), Function.identity(), (x, y) -> x));
        assertEquals("UP", health.get("database").getString("status"), health.toString());
        assertEquals("UP", health.get("data-folder").getString("status"), health.toString());
        assertTrue(health.containsKey("language-models"), health.toString());

        JsonObject storage = system.getJsonObject("storage");
        Map<String, JsonObject> parts = storage.getJsonArray("parts").getValuesAs(JsonValue::asJsonObject).stream()
                .collect(Collectors.toMap(p -> p.getString("name"), Function.identity()));
        assertEquals(List.of("blobs", "data folder", "db", "index"), parts.keySet().stream().sorted().toList());
        assertTrue(parts.get("db").getJsonNumber("bytes").longValue() > 0, parts.toString());
        assertTrue(parts.get("data folder").getJsonNumber("bytes").longValue()
                >= parts.get("db").getJsonNumber("bytes").longValue(), parts.toString());
        assertTrue(storage.getJsonNumber("usableBytes").longValue() > 0);

        assertEquals(204, Api.asAdmin().post("api/system/memory/reset-peak").statusCode());
    }

    @Test
    void onlyAdminsSeeTheSystem() {
        Api editor = Api.newUser("EDITOR", PASSWORD);
        assertEquals(403, editor.get("api/system").statusCode());
        assertEquals(403, editor.post("api/system/memory/reset-peak").statusCode());
        assertEquals(401, Api.anonymous().get("api/system").statusCode());
    }

    @Test
    void theSystemPageShowsTheReportToAnAdminAndIsForbiddenToAnEditor(TestInfo test) throws Exception {
        String editorName = "sysed-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> created = Api.asAdmin().postJson("api/users", "{\"username\":\"" + editorName
                + "\",\"roles\":[\"EDITOR\"],\"password\":\"" + PASSWORD + "\"}");
        assertEquals(201, created.statusCode(), created.body());
        try (Browser browser = Browser.session()) {
            WebDriver driver = browser.driver();
            try {
                browser.open("admin/system.xhtml");
                browser.signIn("admin", TestServer.adminPassword());
                browser.waitForText(By.tagName("h1"), "System");
                String versions = driver.findElement(By.id("versions")).getText();
                assertTrue(versions.contains("WildFly") && versions.contains("H2"), versions);
                String configuration = driver.findElement(By.id("configuration")).getText();
                assertTrue(configuration.contains("storyline.bootstrap.admin-password") && configuration.contains("••••"),
                        configuration);
                assertFalse(driver.getPageSource().contains(TestServer.adminPassword()));
                assertTrue(driver.findElement(By.id("health")).getText().contains("database"));
                assertTrue(driver.findElement(By.id("memory")).getText().contains("Heap peak"));
                assertTrue(driver.findElement(By.id("storage")).getText().contains("Free disk space"));
                driver.findElement(By.id("session:logout")).click();
                browser.waitForText(By.tagName("body"), "You are signed out");

                browser.open("admin/system.xhtml");
                browser.signIn(editorName, PASSWORD);
                browser.waitForText(By.tagName("h1"), "Your role does not allow this");
                assertFalse(driver.getPageSource().contains("storyline.data.dir"));
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot(test.getDisplayName());
                throw e;
            }
        }
    }
}
