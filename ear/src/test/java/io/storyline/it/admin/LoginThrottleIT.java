package io.storyline.it.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storyline.it.support.Api;
import io.storyline.it.support.Deployments;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Failed sign-ins slow an account down, with the server's defaults (5 free failures, then 2 s doubling per
 * failure): the right password is refused (429 + Retry-After for the API, a message on the login page) until the
 * wait is over, other accounts from the same address go on, and a success starts the account afresh. Uses an
 * account of its own, and only 7 failures from this address, far below the address's 20.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LoginThrottleIT {

    private static final Pattern SECONDS = Pattern.compile("try again in (\\d+) seconds?\\.");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void afterTheFreeAttemptsEvenTheRightPasswordWaitsAndTheWaitDoubles() {
        String name = "throttle-" + UUID.randomUUID().toString().substring(0, 8);
        String password = "Throttle-Pw-" + UUID.randomUUID();
        assertEquals(201, Api.asAdmin().postJson("api/users", "{\"username\":\"" + name
                + "\",\"displayName\":\"Throttled\",\"roles\":[\"READER\"],\"password\":\"" + password + "\"}")
                .statusCode());
        Api right = Api.as(name, password);
        Api wrong = Api.as(name, "guess-" + UUID.randomUUID());

        for (int i = 1; i <= 5; i++) {
            assertEquals(401, wrong.get("api/documents?size=1").statusCode(), "failure " + i + " is just a failure");
        }
        HttpResponse<String> refused = right.get("api/documents?size=1");
        assertEquals(429, refused.statusCode(), "the right password waits too: " + refused.body());
        long first = Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(first >= 1 && first <= 2, "the first wait is the configured 2 s: " + first);
        assertEquals("application/problem+json", refused.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        JsonObject problem = Api.object(refused);
        assertEquals(429, problem.getInt("status"));
        assertTrue(problem.getString("detail").startsWith("Too many failed sign-ins for this account or address;"
                + " try again in "), problem.toString());

        Api.sleep(first * 1000 + 300);
        assertEquals(401, wrong.get("api/documents?size=1").statusCode(), "after the wait, a guess is checked again");

        // The sixth failure doubled the wait: the login page refuses the right password, saying how long to wait.
        HttpResponse<String> form = new FormLogin().signIn(name, password);
        assertEquals(200, form.statusCode(), "not signed in");
        Matcher said = SECONDS.matcher(form.body());
        assertTrue(form.body().contains("Too many failed sign-ins for this account or address; try again in ")
                && said.find(), "the login page says why");
        long onThePage = Long.parseLong(said.group(1));
        assertTrue(onThePage >= 2 && onThePage <= 4, "the wait doubled to 4 s: " + onThePage);
        HttpResponse<String> again = right.get("api/documents?size=1");
        assertEquals(429, again.statusCode());
        long second = Long.parseLong(again.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(second > first || second >= 2, "the wait grew: " + first + " then " + second);

        assertEquals(200, Api.asAdmin().get("api/documents?size=1").statusCode(),
                "another account from the same address is not slowed down");

        Api.sleep(second * 1000 + 300);
        assertEquals(200, right.get("api/documents?size=1").statusCode(), "the wait is over: the right password works");
        assertEquals(401, wrong.get("api/documents?size=1").statusCode());
        assertEquals(200, right.get("api/documents?size=1").statusCode(),
                "the success started the account afresh: one new failure is free again");

        List<JsonObject> failures = Api.object(Api.asAdmin().get("api/audit?action=LOGIN_FAILED&size=50&user=" + name))
                .getJsonArray("items").getValuesAs(JsonObject.class);
        List<String> details = failures.stream().map(e -> e.getString("detail")).toList();
        assertEquals(List.of("HTTP Basic", "throttled (HTTP Basic)", "throttled", "HTTP Basic", "throttled (HTTP Basic)",
                "HTTP Basic", "HTTP Basic", "HTTP Basic", "HTTP Basic", "HTTP Basic"), details,
                "every failure and every refusal is in the audit log, newest first");
        failures.forEach(e -> assertEquals("127.0.0.1", e.getString("address")));
        assertTrue(failures.stream().noneMatch(e -> e.toString().contains(password)), "no password in the log");
    }
}
