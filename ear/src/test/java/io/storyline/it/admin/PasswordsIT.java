package io.storyline.it.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storyline.it.support.Api;
import io.storyline.it.support.SharedServer;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Passwords on the packaged EAR: common and easily guessed ones are refused wherever a password is set, with a
 * message saying why and how to choose better; every user changes their own password through
 * {@code PUT /api/users/me/password} with the current one, after which the old one stops working, the user's other
 * sessions end and the session the change was made in goes on. (The page is in {@code OwnPasswordBrowserIT}.)
 */
@ExtendWith(SharedServer.class)
class PasswordsIT {

    private static final String ME = "api/users/me/password";


    private static String name(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static HttpResponse<String> create(String name, String password) {
        return Api.asAdmin().postJson("api/users", "{\"username\":\"" + name + "\",\"displayName\":\"Pat\","
                + "\"roles\":[\"READER\"],\"password\":\"" + password + "\"}");
    }

    private static String change(String current, String next) {
        return "{\"currentPassword\":\"" + current + "\",\"newPassword\":\"" + next + "\"}";
    }

    private static List<JsonObject> audit(String user, String action) {
        return Api.object(Api.asAdmin().get("api/audit?size=50&action=" + action + "&user="
                + URLEncoder.encode(user, StandardCharsets.UTF_8))).getJsonArray("items").getValuesAs(JsonObject.class);
    }

    private static void assertWeak(HttpResponse<String> answer, String why) {
        assertEquals(400, answer.statusCode(), answer.body());
        JsonObject problem = Api.object(answer);
        assertEquals("urn:storyline:problem:weak-password", problem.getString("type"));
        String detail = problem.getString("detail");
        assertTrue(detail.startsWith("This password is too easy to guess: ") && detail.contains(why)
                && detail.contains("A few unrelated words, or a random password from a password manager, make a good one."),
                detail);
    }

    @Test
    void weakPasswordsAreRefusedWithAMessageSayingWhyAndHowToChooseBetter() {
        String name = name("weak");
        assertWeak(create(name, "password1234"), "it is a common password");
        assertWeak(create(name, "aaaaaaaaaaaa"), "repeats like \"aaa\" are easy to guess");
        assertEquals(404, Api.asAdmin().get("api/users/" + name).statusCode(), "no account was made");
        HttpResponse<String> me = create("me", "violet harbour under snow");
        assertEquals(400, me.statusCode(), "\"me\" is reserved: " + me.body());
        assertTrue(Api.object(me).getString("detail").contains("reserved"), me.body());

        assertEquals(201, create(name, "violet harbour under snow").statusCode());
        assertWeak(Api.asAdmin().postJson("api/users/" + name + "/password", "{\"password\":\"Password123!\"}"),
                "it is a common password");
        assertWeak(Api.as(name, "violet harbour under snow").put(ME, change("violet harbour under snow", "qwertyuiopas")),
                "it is a common password");
        assertEquals(200, Api.as(name, "violet harbour under snow").get("api/documents?size=1").statusCode(),
                "nothing changed");
    }

    @Test
    void aUserChangesTheirOwnPasswordAndEverySessionButThisOneEnds() {
        String name = name("own");
        String old = "amber kettle beyond dunes";
        String fresh = "copper meadow after rain";
        assertEquals(201, create(name, old).statusCode());
        FormLogin elsewhere = new FormLogin();
        assertEquals(302, elsewhere.signIn(name, old).statusCode());
        FormLogin here = new FormLogin();
        assertEquals(302, here.signIn(name, old).statusCode());
        Api script = Api.as(name, old);
        assertEquals(200, script.get("api/documents?size=1").statusCode(), "an API client, whose credentials are remembered");

        HttpResponse<String> wrong = script.put(ME, change("not the password at all", fresh));
        assertEquals(400, wrong.statusCode(), wrong.body());
        assertEquals("urn:storyline:problem:wrong-password", Api.object(wrong).getString("type"));
        assertEquals("The current password is wrong.", Api.object(wrong).getString("detail"));
        assertEquals(400, script.put(ME, change(old, old)).statusCode(), "the same password is no change");
        assertEquals(400, script.put(ME, "{\"currentPassword\":\"" + old + "\"}").statusCode(), "no new password");

        HttpResponse<String> changed = here.send("PUT", ME, "application/json", change(old, fresh),
                Map.of("X-Requested-With", "XMLHttpRequest"));
        assertEquals(204, changed.statusCode(), "the page's own script changes it: " + changed.body());

        assertEquals(200, here.get("documents/list.xhtml").statusCode(), "the session the change was made in goes on");
        HttpResponse<String> ended = elsewhere.get("documents/list.xhtml");
        assertEquals(302, ended.statusCode(), "the other session has ended");
        assertTrue(ended.headers().firstValue("Location").orElse("").endsWith("/login.xhtml"));
        assertEquals(401, script.get("api/documents?size=1").statusCode(), "the old password no longer works");
        assertEquals(200, Api.as(name, fresh).get("api/documents?size=1").statusCode(), "the new one does");
        assertEquals(200, new FormLogin().signIn(name, old).statusCode(), "nor on the login page");
        assertEquals(302, new FormLogin().signIn(name, fresh).statusCode());

        assertEquals(204, Api.as(name, fresh).put(ME, change(fresh, old + " again")).statusCode(),
                "API clients change it with HTTP Basic, no session needed");
        assertEquals(200, Api.as(name, old + " again").get("api/documents?size=1").statusCode());

        List<String> changes = audit(name, "PASSWORD_CHANGE").stream().map(e -> e.getString("detail")).toList();
        assertEquals(List.of("own password changed (API)", "own password changed (API)"), changes);
        List<String> failures = audit(name, "LOGIN_FAILED").stream().map(e -> e.getString("detail")).toList();
        assertTrue(failures.contains("wrong current password (password change, API)"), failures.toString());
        assertFalse(audit(name, "PASSWORD_CHANGE").toString().contains(fresh), "no password in the log");
    }

    @Test
    void guessingTheCurrentPasswordInASessionIsThrottledLikeSigningIn() {
        String name = name("guess");
        String password = "silver fjord under ice";
        assertEquals(201, create(name, password).statusCode());
        FormLogin session = new FormLogin();
        assertEquals(302, session.signIn(name, password).statusCode());
        Map<String, String> script = Map.of("X-Requested-With", "XMLHttpRequest");
        for (int i = 1; i <= 5; i++) {
            HttpResponse<String> answer = session.send("PUT", ME, "application/json",
                    change("guess " + i + " " + UUID.randomUUID(), "whatever new phrase"), script);
            assertEquals(400, answer.statusCode(), "guess " + i + " is checked: " + answer.body());
        }
        HttpResponse<String> refused = session.send("PUT", ME, "application/json", change(password, "whatever new phrase"),
                script);
        assertEquals(429, refused.statusCode(), "then not even the right one is checked: " + refused.body());
        assertTrue(refused.headers().firstValue("Retry-After").isPresent());
        assertEquals("urn:storyline:problem:too-many-failed-logins", Api.object(refused).getString("type"));
        assertEquals(200, Api.as(name, password).get("api/documents?size=1").statusCode(),
                "a session guessing in its browser does not lock the user out elsewhere");
    }
}
