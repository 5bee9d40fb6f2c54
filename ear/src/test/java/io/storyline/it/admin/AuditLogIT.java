package io.storyline.it.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storyline.it.support.Api;
import io.storyline.it.support.SharedServer;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The audit log of the packaged EAR, over HTTP: what an archivist does (a failed and a good sign-in, an upload, a
 * download of the original, a tag) is in {@code GET /api/audit} with who, what, on what and from where; the
 * filters narrow it; the CSV export is inert in a spreadsheet; nothing can change an entry; only admins read it.
 */
@ExtendWith(SharedServer.class)
class AuditLogIT {

    private static final String LOCAL = "127.0.0.1";


    private static String createUser(String prefix, String role, String password) {
        String name = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> created = Api.asAdmin().postJson("api/users", "{\"username\":\"" + name
                + "\",\"displayName\":\"Audit " + role + "\",\"roles\":[\"" + role + "\"],\"password\":\"" + password
                + "\"}");
        assertEquals(201, created.statusCode(), created.body());
        return name;
    }

    private static JsonObject audit(String query) {
        HttpResponse<String> answer = Api.asAdmin().get("api/audit?" + query);
        assertEquals(200, answer.statusCode(), answer.body());
        return Api.object(answer);
    }

    private static List<JsonObject> items(JsonObject page) {
        return page.getJsonArray("items").getValuesAs(JsonObject.class);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Test
    void whatAnArchivistDidIsLoggedWithWhoWhatAndWhere() {
        String password = "Audit-Pw-" + UUID.randomUUID();
        String name = createUser("audit-arch", "ARCHIVIST", password);
        String token = UUID.randomUUID().toString().substring(0, 8);

        HttpResponse<String> failed = new FormLogin().signIn(name, "not-" + password);
        assertEquals(200, failed.statusCode());
        assertTrue(failed.body().contains("Wrong user name or password"), "the login page says it failed");
        assertEquals(302, new FormLogin().signIn(name, password).statusCode(), "then the right password signs in");

        Api archivist = Api.as(name, password);
        String filename = "audit-" + token + ".txt";
        HttpResponse<String> posted = archivist.postFiles("api/documents", Api.file(filename,
                ("Reuters, 3 March 2024. The audit trail of " + token + ".").getBytes(StandardCharsets.UTF_8)),
                Map.of());
        assertEquals(202, posted.statusCode(), posted.body());
        long id = Api.array(posted).getJsonObject(0).getJsonNumber("id").longValue();
        assertEquals(200, archivist.getBytes("api/documents/" + id + "/original").statusCode());
        String tag = "audited " + token;
        assertEquals(201, archivist.put("api/documents/" + id + "/tags/" + enc(tag).replace("+", "%20"), "").statusCode());

        List<JsonObject> entries = items(audit("user=" + enc(name) + "&size=200"));
        Map<String, JsonObject> byAction = entries.stream()
                .collect(Collectors.toMap(e -> e.getString("action"), e -> e, (newer, older) -> newer));
        assertEquals(List.of("LOGIN_FAILED", "LOGIN", "UPLOAD", "DOWNLOAD_ORIGINAL", "TAG").stream().sorted().toList(),
                byAction.keySet().stream().sorted().toList(), "every action, and nothing else: " + entries);
        for (JsonObject e : entries) {
            assertEquals(name, e.getString("user"));
            assertEquals(LOCAL, e.getString("address"), "from where: " + e);
        }
        assertEquals("user " + name, byAction.get("LOGIN_FAILED").getString("subject"));
        assertEquals("user " + name, byAction.get("LOGIN").getString("subject"));
        assertEquals("document " + id, byAction.get("UPLOAD").getString("subject"));
        assertTrue(byAction.get("UPLOAD").getString("detail").startsWith(filename), byAction.get("UPLOAD").toString());
        assertEquals("document " + id, byAction.get("DOWNLOAD_ORIGINAL").getString("subject"));
        assertEquals(filename, byAction.get("DOWNLOAD_ORIGINAL").getString("detail"));
        assertEquals("document " + id, byAction.get("TAG").getString("subject"));
        assertEquals("added " + tag, byAction.get("TAG").getString("detail"));
        assertFalse(entries.toString().contains(password), "no password in the log");

        List<String> order = entries.stream().map(e -> e.getString("action")).toList();
        assertEquals(List.of("TAG", "DOWNLOAD_ORIGINAL", "UPLOAD", "LOGIN", "LOGIN_FAILED"), order, "newest first");
        for (int i = 1; i < entries.size(); i++) {
            assertFalse(Instant.parse(entries.get(i).getString("at"))
                    .isAfter(Instant.parse(entries.get(i - 1).getString("at"))), "newest first");
        }

        // The filters narrow the log.
        JsonObject tags = audit("user=" + enc(name) + "&action=TAG");
        assertEquals(1, tags.getJsonNumber("total").longValue());
        assertEquals("TAG", items(tags).get(0).getString("action"));
        JsonObject words = audit("q=" + enc(token));
        assertEquals(List.of("TAG", "DOWNLOAD_ORIGINAL", "UPLOAD"), items(words).stream()
                .map(e -> e.getString("action")).toList(), "words are found in subject and detail");
        String tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1).toString();
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        assertEquals(0, audit("user=" + enc(name) + "&from=" + tomorrow).getJsonNumber("total").longValue());
        assertEquals(5, audit("user=" + enc(name) + "&from=" + today + "&to=" + today).getJsonNumber("total").longValue());
        JsonObject paged = audit("user=" + enc(name) + "&size=2&page=1");
        assertEquals(5, paged.getJsonNumber("total").longValue());
        assertEquals(List.of("UPLOAD", "LOGIN"), items(paged).stream().map(e -> e.getString("action")).toList());

        // The admin page shows the same filtered view from its URL, with an export of it.
        FormLogin admin = new FormLogin();
        assertEquals(302, admin.signIn("admin", io.storyline.it.support.TestServer.adminPassword()).statusCode());
        HttpResponse<String> page = admin.get("admin/audit.xhtml?user=" + enc(name) + "&action=TAG");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("added " + tag), "the page lists the tag");
        assertFalse(page.body().contains(filename), "the page shows only the filtered entries");
        assertTrue(page.body().contains("/api/audit/export?user=" + enc(name) + "&amp;action=TAG"),
                "the export link carries the filter");
    }

    @Test
    void theFiltersAreChecked() {
        HttpResponse<String> answer = Api.asAdmin().get("api/audit?action=DELETE_EVERYTHING");
        assertEquals(400, answer.statusCode());
        assertTrue(Api.object(answer).getString("detail").contains("\"action\" is one of"));
        assertEquals(400, Api.asAdmin().get("api/audit?size=201").statusCode());
        assertEquals(400, Api.asAdmin().get("api/audit?from=yesterday").statusCode());
    }

    @Test
    void theCsvExportIsInertAndIsItselfLogged() {
        String token = UUID.randomUUID().toString().substring(0, 8);
        String hostile = "=HYPERLINK(\"evil\")<script>alert(" + token + ")</script>";
        assertEquals(401, Api.as(hostile, "whatever").get("api/documents").statusCode());

        HttpResponse<String> csv = Api.asAdmin().get("api/audit/export?action=LOGIN_FAILED&q=" + enc(token));
        assertEquals(200, csv.statusCode(), csv.body());
        assertEquals("text/csv;charset=UTF-8", csv.headers().firstValue("Content-Type").orElse("").replace(" ", ""));
        String disposition = csv.headers().firstValue("Content-Disposition").orElse("");
        assertTrue(disposition.startsWith("attachment; filename=\"storyline-audit-") && disposition.endsWith(".csv\""),
                disposition);
        String[] lines = csv.body().split("\r\n");
        assertEquals("when,user,action,subject,detail,address,user agent", lines[0]);
        assertEquals(2, lines.length, "one failed login matches: " + csv.body());
        List<String> cells = io.storyline.domain.common.Csv.parse(csv.body(), 10).get(1).cells();
        assertTrue(lines[1].contains(",\"'=HYPERLINK(\"\"evil\"\")<script>alert(" + token + ")</script>\","),
                "the formula is defused, the quotes doubled: " + lines[1]);
        assertEquals("=HYPERLINK(\"evil\")<script>alert(" + token + ")</script>", cells.get(1),
                "and reads back as it was typed");
        assertEquals("LOGIN_FAILED", cells.get(2));
        assertEquals(LOCAL, cells.get(5));
        for (String line : lines) {
            assertFalse(line.startsWith("=") || line.contains(",\"=") || line.contains(",=") || line.contains(",\"+"),
                    "no cell starts a formula: " + line);
        }

        JsonObject exports = audit("action=EXPORT&user=admin&q=" + enc(token));
        assertEquals(1, exports.getJsonNumber("total").longValue(), "the export is in the log");
        JsonObject export = items(exports).get(0);
        assertEquals("audit log", export.getString("subject"));
        assertTrue(export.getString("detail").contains("action=LOGIN_FAILED"), export.toString());
    }

    @Test
    void entriesCannotBeChangedOrDeletedAndOnlyAdminsReadThem() {
        Api admin = Api.asAdmin();
        assertEquals(405, admin.put("api/audit", "{}").statusCode());
        assertEquals(405, admin.delete("api/audit").statusCode());
        assertEquals(405, admin.postJson("api/audit", "{}").statusCode());
        assertEquals(405, admin.delete("api/audit/export").statusCode());
        JsonArray items = Api.object(admin.get("api/audit?size=1")).getJsonArray("items");
        assertEquals(1, items.size());
        long id = items.getJsonObject(0).getJsonNumber("id").longValue();
        assertEquals(404, admin.delete("api/audit/" + id).statusCode(), "no entry has an address to change it at");
        assertEquals(404, admin.put("api/audit/" + id, "{}").statusCode());

        String password = "Audit-Pw-" + UUID.randomUUID();
        Api editor = Api.as(createUser("audit-editor", "EDITOR", password), password);
        assertEquals(403, editor.get("api/audit").statusCode());
        assertEquals(403, editor.get("api/audit/export").statusCode());
        assertEquals(401, Api.anonymous().get("api/audit").statusCode());
        assertEquals(401, Api.anonymous().get("api/audit/export").statusCode());
        assertEquals(1, Api.object(admin.get("api/audit?size=1")).getJsonArray("items").size(), "still there");
    }
}
