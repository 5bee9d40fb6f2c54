package io.storyline.it.security;

import static io.storyline.it.security.RoleMatrix.MISSING;
import static io.storyline.it.security.RoleMatrix.clip;
import static io.storyline.it.security.RoleMatrix.fill;
import static io.storyline.it.security.RoleMatrix.fixtures;
import static io.storyline.it.security.RoleMatrix.user;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.storyline.it.security.RoleMatrix.Need;
import io.storyline.it.support.Api;
import io.storyline.it.support.SharedServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every REST endpoint, with no login and with a user of each role: who gets in and who is turned away (the pages:
 * {@link PageRoleMatrixIT}). The endpoints are the paths and methods of the server's OpenAPI document, read at run
 * time: an endpoint without a row in the table below fails the test, named, so none can be added without deciding
 * who may call it.
 *
 * <p>Allowed means the request got past security (not 401, not 403) and did not break (no 5xx); 400, 404, 409 and
 * 415 are fine, because mutating requests are made harmless on purpose: invalid JSON, ids that do not exist,
 * filters that are refused. Refused means 401 without login and 403 with a role too low.
 */
@ExtendWith(SharedServer.class)
class ApiRoleMatrixIT {

    /** A filter the bulk endpoints refuse with 400, so that they act on nothing. */
    private static final String REFUSED_FILTER = "?status=NO_SUCH_STATUS";
    /** Invalid JSON: for endpoints that read a body, 400 once past security. */
    private static final String INVALID_JSON = "{";
    /** A CSV with no valid row: the import endpoints add nothing. */
    private static final String NO_ROWS = "not a header\n";

    /** A form without a file part: the upload endpoint answers 400 once past security. */
    private static final String MULTIPART = "multipart/form-data; boundary=matrix";
    private static final String NO_FILE = "--matrix\r\nContent-Disposition: form-data; name=\"source\"\r\n\r\n"
            + "matrix\r\n--matrix--\r\n";

    private record ApiRow(String method, String template, Need need, String request, String contentType, String body) {
        String key() {
            return method + " " + template;
        }
    }

    /**
     * Every endpoint: method, path as OpenAPI names it, who may call it, and the request made (placeholders
     * {doc}, {entity}, {story}, {import}, {eventType} are ids made in setup).
     */
    private static final List<ApiRow> ENDPOINTS = List.of(
            // documents
            api("GET", "/api/documents", Need.READER, "/api/documents?size=1"),
            api("POST", "/api/documents", Need.ARCHIVIST, "/api/documents", MULTIPART, NO_FILE),
            api("GET", "/api/documents/{id}", Need.READER, "/api/documents/{doc}"),
            api("GET", "/api/documents/{id}/original", Need.READER, "/api/documents/{doc}/original"),
            api("GET", "/api/documents/{id}/text", Need.READER, "/api/documents/{doc}/text"),
            api("GET", "/api/documents/{id}/sightings", Need.READER, "/api/documents/{doc}/sightings"),
            api("GET", "/api/documents/{id}/history", Need.READER, "/api/documents/{doc}/history"),
            api("GET", "/api/documents/{id}/entities", Need.READER, "/api/documents/{doc}/entities"),
            api("GET", "/api/documents/{id}/times", Need.READER, "/api/documents/{doc}/times"),
            api("GET", "/api/documents/{id}/events", Need.READER, "/api/documents/{doc}/events"),
            api("GET", "/api/documents/{id}/decisions", Need.READER, "/api/documents/{doc}/decisions"),
            api("POST", "/api/documents/{id}/decisions", Need.EDITOR, "/api/documents/{doc}/decisions"),
            api("POST", "/api/documents/{id}/retry", Need.ARCHIVIST, "/api/documents/" + MISSING + "/retry"),
            api("POST", "/api/documents/{id}/reanalyze", Need.EDITOR, "/api/documents/" + MISSING + "/reanalyze"),
            api("PUT", "/api/documents/{id}/language", Need.ARCHIVIST, "/api/documents/{doc}/language"),
            api("POST", "/api/documents/retry", Need.ARCHIVIST, "/api/documents/retry" + REFUSED_FILTER),
            api("POST", "/api/documents/reanalyze", Need.EDITOR, "/api/documents/reanalyze" + REFUSED_FILTER),
            api("POST", "/api/documents/reextract", Need.ADMIN, "/api/documents/reextract" + REFUSED_FILTER),
            api("POST", "/api/documents/bulk", Need.ARCHIVIST, "/api/documents/bulk"),
            api("GET", "/api/documents/{id}/tags", Need.READER, "/api/documents/{doc}/tags"),
            api("PUT", "/api/documents/{id}/tags/{name}", Need.ARCHIVIST, "/api/documents/" + MISSING + "/tags/matrix"),
            api("DELETE", "/api/documents/{id}/tags/{name}", Need.ARCHIVIST, "/api/documents/" + MISSING + "/tags/matrix"),
            api("GET", "/api/tags", Need.READER, "/api/tags"),
            api("PUT", "/api/tags/{name}/category", Need.ADMIN, "/api/tags/matrix/category"),
            api("GET", "/api/tags/categories", Need.READER, "/api/tags/categories"),
            api("POST", "/api/tags/categories", Need.ADMIN, "/api/tags/categories"),
            api("PUT", "/api/tags/categories/{id}", Need.ADMIN, "/api/tags/categories/" + MISSING),
            api("DELETE", "/api/tags/categories/{id}", Need.ADMIN, "/api/tags/categories/" + MISSING),
            // entities and what analysis knows
            api("GET", "/api/entities", Need.READER, "/api/entities?size=1"),
            api("POST", "/api/entities/never", Need.EDITOR, "/api/entities/never"),
            api("GET", "/api/entities/{id}", Need.READER, "/api/entities/{entity}"),
            api("GET", "/api/entities/{id}/mentions", Need.READER, "/api/entities/{entity}/mentions"),
            api("GET", "/api/entities/{id}/related", Need.READER, "/api/entities/{entity}/related"),
            api("GET", "/api/entities/{id}/events", Need.READER, "/api/entities/{entity}/events"),
            api("GET", "/api/entities/{id}/decisions", Need.READER, "/api/entities/{entity}/decisions"),
            api("POST", "/api/entities/{id}/merge", Need.EDITOR, "/api/entities/" + MISSING + "/merge"),
            api("POST", "/api/entities/{id}/split", Need.EDITOR, "/api/entities/" + MISSING + "/split"),
            api("POST", "/api/entities/{id}/aliases", Need.EDITOR, "/api/entities/" + MISSING + "/aliases"),
            api("DELETE", "/api/entities/{id}/aliases", Need.EDITOR, "/api/entities/" + MISSING + "/aliases"),
            api("GET", "/api/knowledge/aliases", Need.EDITOR, "/api/knowledge/aliases"),
            api("POST", "/api/knowledge/aliases", Need.ADMIN, "/api/knowledge/aliases"),
            api("PUT", "/api/knowledge/aliases/{id}", Need.ADMIN, "/api/knowledge/aliases/" + MISSING),
            api("DELETE", "/api/knowledge/aliases/{id}", Need.ADMIN, "/api/knowledge/aliases/" + MISSING),
            api("GET", "/api/knowledge/gazetteer", Need.EDITOR, "/api/knowledge/gazetteer"),
            api("POST", "/api/knowledge/gazetteer", Need.ADMIN, "/api/knowledge/gazetteer"),
            api("PUT", "/api/knowledge/gazetteer/{id}", Need.ADMIN, "/api/knowledge/gazetteer/" + MISSING),
            api("DELETE", "/api/knowledge/gazetteer/{id}", Need.ADMIN, "/api/knowledge/gazetteer/" + MISSING),
            api("GET", "/api/knowledge/event-types", Need.READER, "/api/knowledge/event-types"),
            api("POST", "/api/knowledge/event-types", Need.ADMIN, "/api/knowledge/event-types"),
            api("GET", "/api/knowledge/event-types/{code}", Need.READER, "/api/knowledge/event-types/{eventType}"),
            api("PUT", "/api/knowledge/event-types/{code}", Need.ADMIN, "/api/knowledge/event-types/{eventType}"),
            api("DELETE", "/api/knowledge/event-types/{code}", Need.ADMIN, "/api/knowledge/event-types/no-such-type"),
            api("POST", "/api/knowledge/event-types/{code}/preview", Need.ADMIN,
                    "/api/knowledge/event-types/{eventType}/preview"),
            api("GET", "/api/knowledge/aliases.csv", Need.EDITOR, "/api/knowledge/aliases.csv"),
            api("GET", "/api/knowledge/gazetteer.csv", Need.EDITOR, "/api/knowledge/gazetteer.csv"),
            api("POST", "/api/knowledge/aliases/import", Need.ADMIN, "/api/knowledge/aliases/import", "text/csv",
                    NO_ROWS),
            api("POST", "/api/knowledge/gazetteer/import", Need.ADMIN, "/api/knowledge/gazetteer/import", "text/csv",
                    NO_ROWS),
            // search
            api("GET", "/api/search", Need.READER, "/api/search?q=matrix"),
            api("GET", "/api/search/saved", Need.READER, "/api/search/saved"),
            api("POST", "/api/search/saved", Need.READER, "/api/search/saved"),
            api("DELETE", "/api/search/saved/{id}", Need.READER, "/api/search/saved/" + MISSING),
            api("GET", "/api/search/index", Need.ADMIN, "/api/search/index"),
            api("POST", "/api/search/index", Need.ADMIN, "/api/search/index"),
            // timelines and stories
            api("GET", "/api/timeline", Need.READER, "/api/timeline?document={doc}"),
            api("GET", "/api/timeline/export", Need.READER, "/api/timeline/export?format=csv&document={doc}"),
            api("POST", "/api/timeline/links", Need.EDITOR, "/api/timeline/links"),
            api("POST", "/api/timeline/split", Need.EDITOR, "/api/timeline/split"),
            api("GET", "/api/stories", Need.READER, "/api/stories"),
            api("POST", "/api/stories", Need.EDITOR, "/api/stories"),
            api("GET", "/api/stories/{id}", Need.READER, "/api/stories/{story}"),
            api("PUT", "/api/stories/{id}", Need.EDITOR, "/api/stories/{story}"),
            api("DELETE", "/api/stories/{id}", Need.EDITOR, "/api/stories/" + MISSING),
            api("PUT", "/api/stories/{id}/entries/{key}", Need.EDITOR, "/api/stories/{story}/entries/no-such-entry"),
            // the fixture story is the admin's: other editors may not review or publish it, so a missing one
            api("POST", "/api/stories/{id}/review", Need.EDITOR, "/api/stories/" + MISSING + "/review"),
            api("POST", "/api/stories/{id}/publish", Need.EDITOR, "/api/stories/" + MISSING + "/publish?format=csv"),
            api("GET", "/api/stories/{id}/export", Need.EDITOR, "/api/stories/{story}/export?format=csv"),
            // imports
            api("GET", "/api/imports", Need.ADMIN, "/api/imports"),
            api("POST", "/api/imports", Need.ADMIN, "/api/imports"),
            api("GET", "/api/imports/roots", Need.ADMIN, "/api/imports/roots"),
            api("GET", "/api/imports/{id}", Need.ADMIN, "/api/imports/{import}"),
            api("GET", "/api/imports/{id}/items", Need.ADMIN, "/api/imports/{import}/items"),
            api("POST", "/api/imports/{id}/stop", Need.ADMIN, "/api/imports/" + MISSING + "/stop"),
            api("POST", "/api/imports/{id}/resume", Need.ADMIN, "/api/imports/" + MISSING + "/resume"),
            // administration
            api("GET", "/api/users", Need.ADMIN, "/api/users"),
            api("POST", "/api/users", Need.ADMIN, "/api/users"),
            api("GET", "/api/users/{username}", Need.ADMIN, "/api/users/admin"),
            api("PUT", "/api/users/me/password", Need.READER, "/api/users/me/password"),
            api("PUT", "/api/users/{username}/roles", Need.ADMIN, "/api/users/no-such-user-matrix/roles"),
            api("POST", "/api/users/{username}/disable", Need.ADMIN, "/api/users/no-such-user-matrix/disable"),
            api("POST", "/api/users/{username}/enable", Need.ADMIN, "/api/users/no-such-user-matrix/enable"),
            api("POST", "/api/users/{username}/password", Need.ADMIN, "/api/users/no-such-user-matrix/password"),
            api("GET", "/api/audit", Need.ADMIN, "/api/audit?size=1"),
            api("GET", "/api/audit/export", Need.ADMIN, "/api/audit/export?q=matrix-nothing"),
            api("GET", "/api/monitor", Need.ADMIN, "/api/monitor"),
            api("POST", "/api/monitor/failures/retry", Need.ADMIN,
                    "/api/monitor/failures/retry?stage=NO_SUCH_STAGE&reason=NO_SUCH_REASON"),
            api("POST", "/api/monitor/failures/reanalyze", Need.ADMIN,
                    "/api/monitor/failures/reanalyze?reason=NO_SUCH_REASON"),
            api("GET", "/api/quality", Need.ADMIN, "/api/quality"),
            api("GET", "/api/backups", Need.ADMIN, "/api/backups"),
            api("POST", "/api/backups", Need.ADMIN, "/api/backups"),
            api("GET", "/api/system", Need.ADMIN, "/api/system"),
            api("POST", "/api/system/memory/reset-peak", Need.ADMIN, "/api/system/memory/reset-peak"));

    @Test
    void everyEndpointOfTheOpenApiDocumentHasARowAndEachRoleGetsWhatItsRowSays() {
        Set<String> published = publishedEndpoints();
        Map<String, ApiRow> rows = ENDPOINTS.stream().collect(Collectors.toMap(ApiRow::key, r -> r));
        Set<String> missing = new TreeSet<>(published);
        missing.removeAll(rows.keySet());
        if (!missing.isEmpty()) {
            fail("Endpoints without a row in ApiRoleMatrixIT.ENDPOINTS (say who may call them): " + missing);
        }
        Set<String> gone = new TreeSet<>(rows.keySet());
        gone.removeAll(published);
        assertTrue(gone.isEmpty(), "Rows for endpoints the server does not publish (remove or fix them): " + gone);

        Map<String, String> ids = fixtures();
        Map<Need, String> credentials = new LinkedHashMap<>();
        credentials.put(Need.PUBLIC, null);
        for (Need role : List.of(Need.READER, Need.ARCHIVIST, Need.EDITOR, Need.ADMIN)) {
            credentials.put(role, user(role).basic());
        }
        Session client = new Session();
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (ApiRow row : ENDPOINTS) {
            String url = fill(row.request(), ids);
            for (Map.Entry<Need, String> as : credentials.entrySet()) {
                Map<String, String> headers = as.getValue() == null ? Map.of() : Map.of("Authorization", as.getValue());
                HttpResponse<String> answer = client.send(row.method(), url, row.contentType(), row.body(), headers);
                String problem = apiProblem(row.need(), as.getKey(), answer);
                if (problem != null) {
                    wrong.add(row.method() + " " + url + " as " + as.getKey() + ": " + problem);
                }
                checked++;
            }
        }
        awaitIndexIdle();
        System.out.printf("Role matrix: %d endpoints x %d subjects = %d checks%n", ENDPOINTS.size(),
                credentials.size(), checked);
        assertTrue(wrong.isEmpty(), "Endpoints that answer the wrong way:\n" + String.join("\n", wrong));
    }

    private static String apiProblem(Need need, Need subject, HttpResponse<String> answer) {
        int status = answer.statusCode();
        boolean allowed = subject.ordinal() >= need.ordinal();
        if (allowed) {
            return status == 401 || status == 403 || status >= 500
                    ? "expected to be let in, got " + status + " " + clip(answer.body()) : null;
        }
        int expected = subject == Need.PUBLIC ? 401 : 403;
        return status == expected ? null : "expected " + expected + ", got " + status + " " + clip(answer.body());
    }

    /** Every "METHOD /path" of the server's OpenAPI document. */
    private static Set<String> publishedEndpoints() {
        HttpResponse<String> answer = new Session().send("GET", "openapi", null, null,
                Map.of("Accept", "application/json"));
        assertEquals(200, answer.statusCode(), answer.body());
        JsonObject paths;
        try (var reader = Json.createReader(new StringReader(answer.body()))) {
            paths = reader.readObject().getJsonObject("paths");
        }
        Set<String> endpoints = new TreeSet<>();
        Set<String> methods = Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace");
        paths.forEach((path, item) -> item.asJsonObject().keySet().stream().filter(methods::contains)
                .forEach(method -> endpoints.add(method.toUpperCase(Locale.ROOT) + " " + path)));
        assertTrue(endpoints.contains("GET /api/documents"), endpoints.toString());
        return endpoints;
    }

    /** The admin's allowed call started a re-index; let it finish before other tests search. */
    private static void awaitIndexIdle() {
        long end = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < end) {
            if (!Api.object(Api.asAdmin().get("api/search/index")).getBoolean("running", false)) {
                return;
            }
            Api.sleep(500);
        }
        fail("the search index is still being rebuilt after 2 minutes");
    }

    /** POST and PUT send invalid JSON. */
    private static ApiRow api(String method, String template, Need need, String request) {
        boolean body = method.equals("POST") || method.equals("PUT");
        return new ApiRow(method, template, need, request, body ? "application/json" : null, body ? INVALID_JSON : null);
    }

    private static ApiRow api(String method, String template, Need need, String request, String contentType,
                              String body) {
        return new ApiRow(method, template, need, request, contentType, body);
    }
}
