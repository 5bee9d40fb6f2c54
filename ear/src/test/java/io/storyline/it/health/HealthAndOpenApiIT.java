package io.storyline.it.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storyline.it.support.SharedServer;
import io.storyline.it.support.TestServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Readiness says the database answers and the data folder takes writes; the API describes itself. */
@ExtendWith(SharedServer.class)
class HealthAndOpenApiIT {

    private final HttpClient http = HttpClient.newHttpClient();


    @Test
    void readinessChecksTheDatabaseAndTheDataFolder() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                TestServer.managementUri().resolve("health/ready")).build(), HttpResponse.BodyHandlers.ofString());

        assertEquals(200, response.statusCode(), response.body());
        JsonObject health = Json.createReader(new StringReader(response.body())).readObject();
        assertEquals("UP", health.getString("status"));
        Map<String, JsonObject> checks = health.getJsonArray("checks").stream().map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(c -> c.getString("name"), c -> c));
        assertEquals("UP", checks.get("database").getString("status"));
        assertEquals("H2", checks.get("database").getJsonObject("data").getString("product"));
        assertEquals("UP", checks.get("data-folder").getString("status"));
        assertEquals(TestServer.dataDir().toAbsolutePath().normalize().toString(),
                checks.get("data-folder").getJsonObject("data").getString("path"));
    }

    @Test
    void theOpenApiDocumentDescribesTheDocumentsApi() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(TestServer.baseUri().resolve("openapi"))
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());

        assertEquals(200, response.statusCode());
        JsonObject openapi = Json.createReader(new StringReader(response.body())).readObject();
        assertEquals("Storyline API", openapi.getJsonObject("info").getString("title"));
        assertTrue(openapi.getJsonObject("paths").containsKey("/api/documents"), openapi.getJsonObject("paths").keySet().toString());
    }
}
