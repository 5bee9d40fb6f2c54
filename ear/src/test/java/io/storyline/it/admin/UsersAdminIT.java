package io.storyline.it.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storyline.it.support.Api;
import io.storyline.it.support.SharedServer;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code /api/users} on the packaged EAR: an admin creates a user, changes their roles (effective at their next
 * request), disables and enables them, sets a new password (the old one stops working); the archive never loses
 * its last enabled admin, not even to two admins disabling each other at once; other roles and anonymous callers
 * are refused.
 */
@ExtendWith(SharedServer.class)
class UsersAdminIT {

    private static final String PASSWORD = "correct horse battery";


    private static String name(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static HttpResponse<String> create(String name, String role, String password) {
        return Api.asAdmin().postJson("api/users", "{\"username\":\"" + name + "\",\"displayName\":\"Ann <b>Editor</b>\","
                + "\"roles\":[\"" + role + "\"],\"password\":\"" + password + "\"}");
    }

    @Test
    void anAdminCreatesAUserAndChangesTheirRolesEffectiveAtTheNextRequest() {
        String name = name("ann");
        HttpResponse<String> created = create(name, "READER", PASSWORD);
        assertEquals(201, created.statusCode(), created.body());
        assertTrue(created.headers().firstValue("Location").orElseThrow().endsWith("/api/users/" + name));
        JsonObject user = Api.object(created);
        assertEquals(List.of("READER"), user.getJsonArray("roles").getValuesAs(JsonString::getString));
        assertTrue(user.getBoolean("enabled"));
        assertFalse(created.body().contains(PASSWORD) || created.body().contains("pbkdf2"), "no password or hash");

        HttpResponse<String> fetched = Api.asAdmin().get("api/users/" + name);
        assertEquals(200, fetched.statusCode(), fetched.body());
        assertEquals("Ann <b>Editor</b>", Api.object(fetched).getString("displayName"));
        assertTrue(Api.object(fetched).containsKey("passwordChangedAt"));

        Api ann = Api.as(name, PASSWORD);
        assertEquals(200, ann.get("api/documents?size=1").statusCode());
        assertEquals(403, ann.get("api/users").statusCode(), "a reader is no admin");

        HttpResponse<String> promoted = Api.asAdmin().put("api/users/" + name + "/roles", "{\"roles\":[\"admin\"]}");
        assertEquals(200, promoted.statusCode(), promoted.body());
        assertEquals(List.of("ADMIN"), Api.object(promoted).getJsonArray("roles").getValuesAs(JsonString::getString));
        assertEquals(200, ann.get("api/users").statusCode(), "the new role counts at the next request");

        HttpResponse<String> demoted = Api.asAdmin().put("api/users/" + name + "/roles", "{\"roles\":[\"ARCHIVIST\"]}");
        assertEquals(200, demoted.statusCode(), demoted.body());
        assertEquals(403, ann.get("api/users").statusCode(), "the role taken away counts at the next request");
    }

    @Test
    void aDisabledUserCannotUseTheApiUntilEnabledAgain() {
        String name = name("bob");
        assertEquals(201, create(name, "EDITOR", PASSWORD).statusCode());
        Api bob = Api.as(name, PASSWORD);
        assertEquals(200, bob.get("api/documents?size=1").statusCode());

        HttpResponse<String> disabled = Api.asAdmin().post("api/users/" + name + "/disable");
        assertEquals(200, disabled.statusCode(), disabled.body());
        assertFalse(Api.object(disabled).getBoolean("enabled"));
        assertEquals(401, bob.get("api/documents?size=1").statusCode(), "a disabled account is refused at once");

        HttpResponse<String> enabled = Api.asAdmin().post("api/users/" + name + "/enable");
        assertEquals(200, enabled.statusCode(), enabled.body());
        assertTrue(Api.object(enabled).getBoolean("enabled"));
        assertEquals(200, bob.get("api/documents?size=1").statusCode());
    }

    @Test
    void aPasswordResetByAnAdminRetiresTheOldPassword() {
        String name = name("cat");
        assertEquals(201, create(name, "READER", PASSWORD).statusCode());
        assertEquals(200, Api.as(name, PASSWORD).get("api/documents?size=1").statusCode(), "remembered credentials");

        HttpResponse<String> weak = Api.asAdmin().postJson("api/users/" + name + "/password", "{\"password\":\"short\"}");
        assertEquals(400, weak.statusCode(), weak.body());
        assertEquals("urn:storyline:problem:weak-password", Api.object(weak).getString("type"));

        String newPassword = "a brand new passphrase";
        HttpResponse<String> reset = Api.asAdmin().postJson("api/users/" + name + "/password",
                "{\"password\":\"" + newPassword + "\"}");
        assertEquals(200, reset.statusCode(), reset.body());
        assertFalse(reset.body().contains(newPassword));
        assertEquals(401, Api.as(name, PASSWORD).get("api/documents?size=1").statusCode(), "the old password is gone");
        assertEquals(200, Api.as(name, newPassword).get("api/documents?size=1").statusCode());
    }

    @Test
    void badRequestsAreAnsweredWithProblems() {
        HttpResponse<String> unknownRole = create(name("dan"), "OWNER", PASSWORD);
        assertEquals(400, unknownRole.statusCode(), unknownRole.body());
        assertTrue(Api.object(unknownRole).getString("detail").contains("Unknown role \"OWNER\""), unknownRole.body());
        assertTrue(unknownRole.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));

        HttpResponse<String> weak = create(name("dan"), "READER", "2short");
        assertEquals(400, weak.statusCode(), weak.body());

        String missing = name("nobody");
        for (HttpResponse<String> response : List.of(Api.asAdmin().get("api/users/" + missing),
                Api.asAdmin().post("api/users/" + missing + "/disable"),
                Api.asAdmin().post("api/users/" + missing + "/enable"),
                Api.asAdmin().put("api/users/" + missing + "/roles", "{\"roles\":[\"READER\"]}"),
                Api.asAdmin().postJson("api/users/" + missing + "/password", "{\"password\":\"" + PASSWORD + "\"}"))) {
            assertEquals(404, response.statusCode(), response.body());
            assertEquals("urn:storyline:problem:user-not-found", Api.object(response).getString("type"));
        }

        String eve = name("eve");
        assertEquals(201, create(eve, "READER", PASSWORD).statusCode());
        HttpResponse<String> noRoles = Api.asAdmin().put("api/users/" + eve + "/roles", "{\"roles\":[]}");
        assertEquals(400, noRoles.statusCode(), noRoles.body());
        HttpResponse<String> badRole = Api.asAdmin().put("api/users/" + eve + "/roles", "{\"roles\":[\"GOD\"]}");
        assertEquals(400, badRole.statusCode(), badRole.body());

        HttpResponse<String> self = Api.asAdmin().post("api/users/admin/disable");
        assertEquals(409, self.statusCode(), self.body());
        assertTrue(Api.object(self).getString("detail").contains("your own account"), self.body());
    }

    @Test
    void onlyAdminsManageUsersAndAnonymousCallersMustSignIn() {
        Api editor = Api.newUser("EDITOR", PASSWORD);
        for (HttpResponse<String> response : List.of(editor.get("api/users"), editor.get("api/users/admin"),
                editor.postJson("api/users", "{\"username\":\"x-" + UUID.randomUUID().toString().substring(0, 6)
                        + "\",\"roles\":[\"ADMIN\"],\"password\":\"" + PASSWORD + "\"}"),
                editor.put("api/users/admin/roles", "{\"roles\":[\"READER\"]}"),
                editor.post("api/users/admin/disable"),
                editor.postJson("api/users/admin/password", "{\"password\":\"" + PASSWORD + "\"}"))) {
            assertEquals(403, response.statusCode(), response.body());
        }
        Api anonymous = Api.anonymous();
        for (HttpResponse<String> response : List.of(anonymous.get("api/users"), anonymous.get("api/users/admin"),
                anonymous.post("api/users/admin/disable"),
                anonymous.put("api/users/admin/roles", "{\"roles\":[\"READER\"]}"))) {
            assertEquals(401, response.statusCode(), response.body());
        }
    }

    /**
     * Two admins, the only enabled ones for the moment (every other admin is disabled meanwhile and enabled again
     * afterwards), disable each other at the same time: exactly one succeeds. The survivor is the last admin and
     * can neither lose ADMIN nor disable themselves.
     */
    @Test
    void theLastEnabledAdminStaysEvenWhenTwoAdminsDisableEachOtherAtOnce() throws Exception {
        String first = name("adm");
        String second = name("adm");
        assertEquals(201, create(first, "ADMIN", PASSWORD).statusCode());
        assertEquals(201, create(second, "ADMIN", PASSWORD).statusCode());
        Api a = Api.as(first, PASSWORD);
        Api b = Api.as(second, PASSWORD);

        List<String> others = new ArrayList<>();
        for (JsonValue value : Api.array(a.get("api/users"))) {
            JsonObject user = value.asJsonObject();
            String name = user.getString("username");
            boolean admin = user.getJsonArray("roles").getValuesAs(JsonString::getString).contains("ADMIN");
            if (admin && user.getBoolean("enabled") && !name.equals(first) && !name.equals(second)) {
                others.add(name);
            }
        }
        assertTrue(others.contains("admin"), others.toString());
        Api survivor = a;
        try {
            for (String other : others) {
                assertEquals(200, a.post("api/users/" + other + "/disable").statusCode(), other);
            }
            CyclicBarrier start = new CyclicBarrier(2);
            CompletableFuture<HttpResponse<String>> aDisablesB = CompletableFuture.supplyAsync(() -> {
                await(start);
                return a.post("api/users/" + second + "/disable");
            });
            CompletableFuture<HttpResponse<String>> bDisablesA = CompletableFuture.supplyAsync(() -> {
                await(start);
                return b.post("api/users/" + first + "/disable");
            });
            int byA = aDisablesB.get().statusCode();
            int byB = bDisablesA.get().statusCode();
            assertTrue((byA == 200) != (byB == 200), "exactly one succeeds: " + byA + " and " + byB);
            assertTrue(List.of(401, 409).contains(byA == 200 ? byB : byA),
                    "the other is refused (409) or, already disabled, not signed in (401): " + byA + ", " + byB);
            survivor = byA == 200 ? a : b;
            String last = byA == 200 ? first : second;

            HttpResponse<String> loseAdmin = survivor.put("api/users/" + last + "/roles", "{\"roles\":[\"EDITOR\"]}");
            assertEquals(409, loseAdmin.statusCode(), loseAdmin.body());
            assertEquals("urn:storyline:problem:user-change-refused", Api.object(loseAdmin).getString("type"));
            assertTrue(Api.object(loseAdmin).getString("detail").contains("last enabled admin"), loseAdmin.body());
            assertEquals(409, survivor.post("api/users/" + last + "/disable").statusCode());
            assertEquals(200, survivor.get("api/users/" + last).statusCode(), "still an admin");
        } finally {
            for (String other : others) {
                if (survivor.post("api/users/" + other + "/enable").statusCode() != 200) {
                    (survivor == a ? b : a).post("api/users/" + other + "/enable");
                }
            }
        }
        assertEquals(200, Api.asAdmin().get("api/users").statusCode(), "the bootstrap admin is back");
        Api.asAdmin().post("api/users/" + first + "/disable");
        Api.asAdmin().post("api/users/" + second + "/disable");
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
