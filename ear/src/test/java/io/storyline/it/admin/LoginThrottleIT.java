package io.storyline.it.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storyline.it.support.Api;
import io.storyline.it.support.SharedServer;
import io.storyline.it.support.TestServer;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Failed sign-ins slow guessing down without letting anyone lock a user out, with the server's defaults (5 free
 * failures, then 2 s doubling per failure; 20 invented names per address). The tests sit behind the server's
 * trusted proxy (127.0.0.1) and say in X-Forwarded-For which address each request comes from:
 * <ul>
 * <li>an attacker guessing the admin's password from many addresses locks out untrusted newcomers, but the admin
 *     signs in at once from a browser with its device cookie and from the address its API client uses;</li>
 * <li>behind one newsroom address, one user's failures do not block a colleague, and invented names slow the
 *     address down for accounts without history there, never for those that signed in there;</li>
 * <li>an untrusted source waits even with the right password (429 + Retry-After, the login page says how long);</li>
 * <li>a burst of refused attempts is one audit row with a count.</li>
 * </ul>
 * The admin stays able to sign in from 127.0.0.1 and from its device throughout, so later tests are unaffected.
 * Each test has its own users and addresses, so the four wait out their delays side by side.
 */
@ExtendWith(SharedServer.class)
class LoginThrottleIT {

    private static final Pattern SECONDS = Pattern.compile("try again in (\\d+) seconds?\\.");
    private static final String DOCUMENTS = "api/documents?size=1";
    private static final String DEVICE = "storyline_device";
    private static final AtomicInteger ADDRESSES = new AtomicInteger();


    /** A documentation address (RFC 5737) no other attempt of this class has used. */
    private static String freshAddress() {
        int n = ADDRESSES.incrementAndGet();
        return "192.0.2." + n;
    }

    private static String newUser(String prefix, String password) {
        String name = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> created = Api.asAdmin().postJson("api/users", "{\"username\":\"" + name
                + "\",\"displayName\":\"Throttled\",\"roles\":[\"READER\"],\"password\":\"" + password + "\"}");
        assertEquals(201, created.statusCode(), created.body());
        return name;
    }

    private static long retryAfter(HttpResponse<String> answer) {
        return Long.parseLong(answer.headers().firstValue("Retry-After").orElseThrow());
    }

    /**
     * Guesses ({@code guess} makes one attempt each time it is called) until the server says to wait at least
     * {@code seconds}: each guess after a wait is over fails again and doubles the wait, as a patient attacker's.
     * A long wait keeps the assertions that follow free of timing.
     */
    private static void guessUntilTheWaitIsAtLeast(Supplier<HttpResponse<String>> guess, long seconds) {
        for (int i = 0; i < 40; i++) {
            HttpResponse<String> answer = guess.get();
            if (answer.statusCode() == 429) {
                long wait = retryAfter(answer);
                if (wait >= seconds) {
                    return;
                }
                Api.sleep(wait * 1000 + 300);
            } else {
                assertEquals(401, answer.statusCode(), answer.body());
            }
        }
        throw new AssertionError("the wait never reached " + seconds + " s");
    }

    private static List<JsonObject> failedSignIns(String user) {
        return Api.object(Api.asAdmin().get("api/audit?action=LOGIN_FAILED&size=200&user="
                + URLEncoder.encode(user, StandardCharsets.UTF_8))).getJsonArray("items").getValuesAs(JsonObject.class);
    }

    @Test
    @Execution(ExecutionMode.CONCURRENT)
    void anAttackerElsewhereCannotStopTheAdminSigningIn() {
        String admin = "admin";
        String password = TestServer.adminPassword();
        assertEquals(200, Api.asAdmin().get(DOCUMENTS).statusCode(), "the admin's API client works from its address");
        FormLogin laptop = FormLogin.from(freshAddress());
        HttpResponse<String> signedIn = laptop.signIn(admin, password);
        assertEquals(302, signedIn.statusCode(), "the admin's laptop signs in from a new address");
        String cookie = signedIn.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(DEVICE + "="))
                .findFirst().orElseThrow(() -> new AssertionError("a device cookie: " + signedIn.headers().map()));
        String flags = cookie.toLowerCase(Locale.ROOT);
        assertTrue(flags.contains("httponly") && flags.contains("samesite=") && flags.contains("max-age=2592000")
                && flags.contains("path=/") && !flags.contains("secure"), "HttpOnly, SameSite, 30 days, not Secure over http: " + cookie);
        String device = laptop.cookie(DEVICE).orElseThrow();
        HttpResponse<String> overHttps = FormLogin.from(freshAddress()).with("X-Forwarded-Proto", "https")
                .signIn(admin, password);
        assertTrue(overHttps.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.startsWith(DEVICE + "=")
                && c.toLowerCase(Locale.ROOT).contains("secure")), "Secure when the proxy says the client used https");

        // Someone guesses the admin's password from address after address.
        AtomicInteger attacker = new AtomicInteger();
        guessUntilTheWaitIsAtLeast(() -> Api.as(admin, "guess-" + UUID.randomUUID())
                .from("198.51.100." + (1 + attacker.incrementAndGet() % 250)).get(DOCUMENTS), 16);

        HttpResponse<String> newcomer = Api.as(admin, password).from(freshAddress()).get(DOCUMENTS);
        assertEquals(429, newcomer.statusCode(), "an untrusted source waits, even with the right password");

        FormLogin sameLaptop = FormLogin.from(freshAddress());
        sameLaptop.setCookie(DEVICE, device);
        assertEquals(302, sameLaptop.signIn(admin, password).statusCode(),
                "the laptop, now somewhere else, signs in at once with its device cookie");
        assertEquals(200, sameLaptop.get("admin/users.xhtml").statusCode());
        assertEquals(200, Api.asAdmin().get(DOCUMENTS).statusCode(), "so does the API client from its own address");
        FormLogin fromItsAddress = new FormLogin();
        assertEquals(302, fromItsAddress.signIn(admin, password).statusCode(), "and a browser at that address");

        FormLogin forged = FormLogin.from(freshAddress());
        forged.setCookie(DEVICE, device.substring(0, device.length() - 2) + (device.endsWith("AA") ? "BB" : "AA"));
        HttpResponse<String> refused = forged.signIn(admin, password);
        assertEquals(200, refused.statusCode(), "a changed device cookie proves nothing");
        assertTrue(refused.body().contains("Too many failed sign-ins"), "the login page says why");

        String readerPassword = "Reader-" + UUID.randomUUID();
        String reader = newUser("device", readerPassword);
        FormLogin readersBrowser = FormLogin.from(freshAddress());
        assertEquals(302, readersBrowser.signIn(reader, readerPassword).statusCode());
        FormLogin borrowed = FormLogin.from(freshAddress());
        borrowed.setCookie(DEVICE, readersBrowser.cookie(DEVICE).orElseThrow());
        assertEquals(200, borrowed.signIn(admin, password).statusCode(), "another account's device cookie does not help");
    }

    @Test
    @Execution(ExecutionMode.CONCURRENT)
    void behindTheProxyOneUsersFailuresDoNotBlockAnother() {
        String newsroom = freshAddress();
        String password = "Newsroom-" + UUID.randomUUID();
        String anna = newUser("anna", password);
        String bruno = newUser("bruno", password);
        String carol = newUser("carol", password);

        guessUntilTheWaitIsAtLeast(() -> Api.as(anna, "typo-" + UUID.randomUUID()).from(newsroom).get(DOCUMENTS), 8);
        assertEquals(429, Api.as(anna, password).from(newsroom).get(DOCUMENTS).statusCode(), "anna waits");
        assertEquals(200, Api.as(bruno, password).from(newsroom).get(DOCUMENTS).statusCode(),
                "bruno, at the same address and never signed in before, does not");
        assertEquals(429, Api.as(anna, password).from(newsroom).get(DOCUMENTS).statusCode(),
                "anna still waited meanwhile");

        // Invented names from that address: after 20, it waits for names without history there.
        for (int i = 0; i < 20; i++) {
            assertEquals(401, Api.as("nobody-" + UUID.randomUUID(), "guess").from(newsroom).get(DOCUMENTS).statusCode(),
                    "invented name " + i + " is checked");
        }
        guessUntilTheWaitIsAtLeast(() -> Api.as("nobody-" + UUID.randomUUID(), "guess").from(newsroom).get(DOCUMENTS), 8);
        assertEquals(429, Api.as(carol, password).from(newsroom).get(DOCUMENTS).statusCode(),
                "carol has no history at that address: a 429 for every name there tells nobody which names exist");
        assertEquals(200, Api.as(bruno, password).from(newsroom).get(DOCUMENTS).statusCode(),
                "bruno signed in from there: he goes on");
        assertEquals(200, Api.as(carol, password).from(freshAddress()).get(DOCUMENTS).statusCode(),
                "and carol from anywhere else");
        assertEquals(429, Api.as("nobody-" + UUID.randomUUID(), "guess").from(newsroom).get(DOCUMENTS).statusCode(),
                "the address still waited meanwhile");
    }

    @Test
    @Execution(ExecutionMode.CONCURRENT)
    void anUntrustedSourceWaitsEvenWithTheRightPasswordAndTheWaitDoubles() {
        String address = freshAddress();
        String password = "Throttle-Pw-" + UUID.randomUUID();
        String name = newUser("throttle", password);
        Api right = Api.as(name, password).from(address);
        Api wrong = Api.as(name, "guess-" + UUID.randomUUID()).from(address);

        for (int i = 1; i <= 5; i++) {
            assertEquals(401, wrong.get(DOCUMENTS).statusCode(), "failure " + i + " is just a failure");
        }
        HttpResponse<String> refused = right.get(DOCUMENTS);
        assertEquals(429, refused.statusCode(), "the right password waits too: " + refused.body());
        long first = retryAfter(refused);
        assertTrue(first >= 1 && first <= 2, "the first wait is the configured 2 s: " + first);
        assertEquals("application/problem+json", refused.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        JsonObject problem = Api.object(refused);
        assertEquals(429, problem.getInt("status"));
        assertTrue(problem.getString("detail").startsWith("Too many failed sign-ins for this account or address;"
                + " try again in "), problem.toString());

        Api.sleep(first * 1000 + 300);
        assertEquals(401, wrong.get(DOCUMENTS).statusCode(), "after the wait, a guess is checked again");

        // The sixth failure doubled the wait: the login page refuses the right password, saying how long to wait.
        HttpResponse<String> form = FormLogin.from(address).signIn(name, password);
        assertEquals(200, form.statusCode(), "not signed in");
        Matcher said = SECONDS.matcher(form.body());
        assertTrue(form.body().contains("Too many failed sign-ins for this account or address; try again in ")
                && said.find(), "the login page says why");
        long onThePage = Long.parseLong(said.group(1));
        assertTrue(onThePage >= 2 && onThePage <= 4, "the wait doubled to 4 s: " + onThePage);
        HttpResponse<String> again = right.get(DOCUMENTS);
        assertEquals(429, again.statusCode());
        long second = retryAfter(again);

        Api.sleep(second * 1000 + 300);
        assertEquals(200, right.get(DOCUMENTS).statusCode(), "the wait is over: the right password works");
        for (int i = 1; i <= 4; i++) {
            assertEquals(401, wrong.get(DOCUMENTS).statusCode());
        }
        assertEquals(200, right.get(DOCUMENTS).statusCode(),
                "the address it signed in from is now judged by its own failures: four new ones are free");

        List<JsonObject> failures = failedSignIns(name);
        List<String> details = failures.stream().map(e -> e.getString("detail")).toList();
        assertEquals(10, details.stream().filter("HTTP Basic"::equals).count(), "every failure: " + details);
        assertTrue(details.contains("throttled (HTTP Basic)") && details.contains("throttled"),
                "refusals are in the log, from the API and from the login page: " + details);
        failures.forEach(e -> assertEquals(address, e.getString("address"), "the address the trusted proxy named"));
        assertTrue(failures.stream().noneMatch(e -> e.toString().contains(password)), "no password in the log");
    }

    @Test
    @Execution(ExecutionMode.CONCURRENT)
    void aBurstOfRefusedAttemptsIsOneAuditRowWithACount() {
        String address = freshAddress();
        String name = newUser("burst", "Burst-Pw-" + UUID.randomUUID());
        Api wrong = Api.as(name, "guess-" + UUID.randomUUID()).from(address);
        for (int i = 1; i <= 5; i++) {
            assertEquals(401, wrong.get(DOCUMENTS).statusCode());
        }
        int refused = 0;
        int failed = 0;
        for (int i = 0; i < 60; i++) {
            int status = wrong.get(DOCUMENTS).statusCode();
            refused += status == 429 ? 1 : 0;
            failed += status == 401 ? 1 : 0;
        }
        assertTrue(refused >= 2, "the client was refused again and again: " + refused);

        long end = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        List<JsonObject> rows = failedSignIns(name);
        while (rows.stream().noneMatch(r -> r.getString("detail").contains(" more time")) && System.nanoTime() < end) {
            Api.sleep(1000);
            rows = failedSignIns(name);
        }
        List<String> details = rows.stream().map(r -> r.getString("detail")).toList();
        assertEquals(5 + failed, details.stream().filter("HTTP Basic"::equals).count(), "each failure keeps its row");
        assertEquals(1, details.stream().filter("throttled (HTTP Basic)"::equals).count(), "the burst's first refusal");
        List<String> summaries = details.stream().filter(d -> d.startsWith("throttled (HTTP Basic): refused ")).toList();
        assertEquals(1, summaries.size(), "then one row for the rest: " + details);
        assertTrue(summaries.get(0).matches("throttled \\(HTTP Basic\\): refused " + (refused - 1) + " more times? from "
                + Pattern.quote(address) + " between \\S+ and \\S+"), summaries.get(0));
        assertFalse(rows.size() > 5 + failed + 2, "nothing else: " + details);
    }
}
