package io.storyline.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One user's browser, as far as the server can tell: its own cookie jar, signed in through the login form, so every
 * request carries the session cookie (pages and API alike), never a password.
 */
final class BrowserSession {

    private static final Pattern VIEW_STATE = Pattern.compile(
            "name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");

    private final URI base;
    private final HttpClient http;

    BrowserSession(URI base) {
        this.base = base;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** What PrimeFaces' script adds to a form it sends: the page's script nonce, checked on postbacks. */
    private static String nonce(String html) {
        Matcher nonce = java.util.regex.Pattern.compile("<script[^>]*\\snonce=\"([^\"]+)\"").matcher(html);
        return nonce.find() ? "&primefaces.nonce=" + enc(nonce.group(1)) : "";
    }

    /** Fills in and sends the login form; fails unless the server signs the user in and sends them on. */
    void signIn(String username, String password) throws IOException, InterruptedException {
        HttpResponse<String> form = get("login.xhtml");
        Matcher state = VIEW_STATE.matcher(form.body());
        if (form.statusCode() != 200 || !state.find()) {
            throw new IllegalStateException("no login form: " + form.statusCode());
        }
        String body = "login=login&login%3Ausername=" + enc(username) + "&login%3Apassword=" + enc(password)
                + "&login%3Asubmit=&jakarta.faces.ViewState=" + enc(state.group(1)) + nonce(form.body());
        HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(base.resolve("login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString());
        String location = signedIn.headers().firstValue("Location").orElse("");
        if (signedIn.statusCode() != 302 || location.contains("login.xhtml")) {
            throw new IllegalStateException("login of " + username + " answered " + signedIn.statusCode() + " "
                    + location);
        }
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(base.resolve(path)).header("Accept", path.startsWith("api/")
                ? "application/json" : "text/html").timeout(Duration.ofSeconds(60)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
