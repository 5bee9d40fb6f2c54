package io.storyline.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storyline.it.security.Session.User;
import io.storyline.it.support.Api;
import io.storyline.it.support.Reports;
import jakarta.json.JsonArray;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the role matrices of pages ({@link PageRoleMatrixIT}) and of endpoints ({@link ApiRoleMatrixIT}) share:
 * the roles, one user of each (made once per run), and the real ids their paths are filled with.
 */
final class RoleMatrix {

    /** The minimum needed; each role includes the ones before it. PUBLIC needs no login. */
    enum Need { PUBLIC, READER, ARCHIVIST, EDITOR, ADMIN }

    /** An id no row of ours has: for mutations that must get past security but change nothing. */
    static final String MISSING = "987654321";

    private static final Map<String, String> FIXTURES = new LinkedHashMap<>();
    private static final Map<Need, User> USERS = new LinkedHashMap<>();

    private RoleMatrix() {
    }

    /** Real ids for the paths: a document with its entity, a story, an import and an event type. */
    static Map<String, String> fixtures() {
        synchronized (RoleMatrix.class) {
            if (FIXTURES.isEmpty()) {
                Api admin = Api.asAdmin();
                String token = UUID.randomUUID().toString().substring(0, 8);
                long doc = Reports.analysed("Role matrix " + token + "\n\nGENEVA, March 5 - Angela Merkel met officials"
                        + " of the World Health Organization in Geneva on Monday. matrix\n", "2024-03-05");
                JsonArray mentions = Api.array(admin.get("api/documents/" + doc + "/entities"));
                assertTrue(!mentions.isEmpty(), "the matrix document names an entity");
                HttpResponse<String> story = admin.postJson("api/stories",
                        "{\"title\":\"Role matrix " + token + "\",\"document\":" + doc + "}");
                assertEquals(201, story.statusCode(), story.body());
                JsonArray imports = Api.array(admin.get("api/imports"));
                JsonArray types = Api.array(admin.get("api/knowledge/event-types"));
                FIXTURES.put("doc", Long.toString(doc));
                FIXTURES.put("entity", mentions.getJsonObject(0).get("entityId").toString());
                FIXTURES.put("story", Api.object(story).get("id").toString());
                FIXTURES.put("import", imports.isEmpty() ? MISSING : imports.getJsonObject(0).get("id").toString());
                FIXTURES.put("eventType", types.isEmpty() ? "no-such-type" : types.getJsonObject(0).getString("code"));
            }
            return FIXTURES;
        }
    }

    static User user(Need role) {
        synchronized (USERS) {
            return USERS.computeIfAbsent(role, r -> User.create(r.name()));
        }
    }

    static Map<Need, Session> sessions() {
        Map<Need, Session> sessions = new LinkedHashMap<>();
        sessions.put(Need.PUBLIC, new Session());
        for (Need role : List.of(Need.READER, Need.ARCHIVIST, Need.EDITOR, Need.ADMIN)) {
            sessions.put(role, Session.signedIn(user(role)));
        }
        return sessions;
    }

    static String fill(String template, Map<String, String> ids) {
        String url = template;
        for (Map.Entry<String, String> id : ids.entrySet()) {
            url = url.replace("{" + id.getKey() + "}", id.getValue());
        }
        return url;
    }

    static String clip(String body) {
        return body.length() > 200 ? body.substring(0, 200) + "…" : body;
    }
}
