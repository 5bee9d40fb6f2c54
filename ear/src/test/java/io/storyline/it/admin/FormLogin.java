package io.storyline.it.admin;

import io.storyline.it.support.TestServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A person at the login form, over plain HTTP: keeps its cookies, sees every redirect. Optionally behind the test
 * server's trusted proxy (127.0.0.1): every request then says, in X-Forwarded-For, which address it comes from.
 */
final class FormLogin {

    private static final Pattern VIEW_STATE = Pattern.compile(
            "<input[^>]*name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]*)\"");

    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    private final Map<String, String> headers = new LinkedHashMap<>();

    FormLogin() {
    }

    /** A browser at {@code address}, behind the trusted proxy. */
    static FormLogin from(String address) {
        FormLogin browser = new FormLogin();
        browser.headers.put("X-Forwarded-For", address);
        return browser;
    }

    /** Sends this header with every request. */
    FormLogin with(String name, String value) {
        headers.put(name, value);
        return this;
    }

    /** Opens the login page and sends the form: 302 when signed in, 200 with the page's message when not. */
    HttpResponse<String> signIn(String username, String password) {
        HttpResponse<String> page = get("login.xhtml");
        Matcher m = VIEW_STATE.matcher(page.body());
        if (!m.find()) {
            throw new AssertionError("no view state in the login page");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("login", "login");
        fields.put("login:username", username);
        fields.put("login:password", password);
        fields.put("login:submit", "");
        fields.put("jakarta.faces.ViewState", m.group(1).replace("&#58;", ":").replace("&amp;", "&"));
        // What PrimeFaces' script adds to the form in a browser: the page's script nonce, checked on postbacks.
        Matcher nonce = Pattern.compile("<script[^>]*\\snonce=\"([^\"]+)\"").matcher(page.body());
        if (nonce.find()) {
            fields.put("primefaces.nonce", nonce.group(1));
        }
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send("POST", "login.xhtml", "application/x-www-form-urlencoded", body, Map.of());
    }

    HttpResponse<String> get(String path) {
        return send("GET", path, null, null, Map.of());
    }

    /** Any request with this browser's cookies; {@code path} is relative to the application. */
    HttpResponse<String> send(String method, String path, String contentType, String body, Map<String, String> extra) {
        HttpRequest.Builder request = HttpRequest.newBuilder(TestServer.baseUri().resolve(path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        headers.forEach(request::header);
        extra.forEach(request::header);
        try {
            return http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    Optional<String> cookie(String name) {
        return cookies.getCookieStore().get(TestServer.baseUri()).stream().filter(c -> c.getName().equals(name))
                .map(HttpCookie::getValue).findFirst();
    }

    void setCookie(String name, String value) {
        HttpCookie cookie = new HttpCookie(name, value);
        cookie.setPath("/");
        cookie.setVersion(0);
        cookies.getCookieStore().add(TestServer.baseUri(), cookie);
    }
}
