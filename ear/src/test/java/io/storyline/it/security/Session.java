package io.storyline.it.security;

import io.storyline.it.support.Api;
import io.storyline.it.support.TestServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser-like HTTP client for security tests: keeps cookies, never follows redirects (a test sees each one),
 * signs in through the login form as a person does, and can send any method with any headers.
 */
final class Session {

    private static final Pattern VIEW_STATE = Pattern.compile(
            "<input[^>]*name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]*)\"");

    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();

    /** A user created by the admin with one role; its name and password. */
    record User(String name, String password, String role) {

        static User create(String role) {
            String name = "sec-" + role.toLowerCase(Locale.ROOT) + "-" + UUID.randomUUID().toString().substring(0, 8);
            String password = "Pw-" + UUID.randomUUID();
            HttpResponse<String> created = Api.asAdmin().postJson("api/users", "{\"username\":\"" + name
                    + "\",\"displayName\":\"Security " + role + "\",\"roles\":[\"" + role + "\"],\"password\":\""
                    + password + "\"}");
            if (created.statusCode() != 201) {
                throw new AssertionError("could not create a " + role + ": " + created.statusCode() + " " + created.body());
            }
            return new User(name, password, role);
        }

        static User admin() {
            return new User("admin", TestServer.adminPassword(), "ADMIN");
        }

        String basic() {
            return "Basic " + Base64.getEncoder().encodeToString((name + ":" + password).getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Signs in on the login form; fails the test if the form does not send the user on. */
    static Session signedIn(User user) {
        Session session = new Session();
        HttpResponse<String> answer = session.signIn(user.name(), user.password());
        if (answer.statusCode() != 302) {
            throw new AssertionError("signing in as " + user.name() + " answered " + answer.statusCode());
        }
        return session;
    }

    /** Opens the login page and posts the form with these credentials; the answer to the post. */
    HttpResponse<String> signIn(String username, String password) {
        HttpResponse<String> page = get("login.xhtml");
        return postForm("login.xhtml", Map.of("login", "login", "login:username", username, "login:password", password,
                "login:submit", "", "jakarta.faces.ViewState", viewState(page.body()), NONCE_FIELD, nonce(page.body())));
    }

    /** The field PrimeFaces' script adds to every form it sends: the page's script nonce, checked on postbacks. */
    static final String NONCE_FIELD = "primefaces.nonce";

    /** The nonce the page's scripts carry, which a browser's PrimeFaces sends back with its forms. */
    static String nonce(String html) {
        Matcher m = NONCE.matcher(html);
        if (!m.find()) {
            throw new AssertionError("no script nonce in the page: " + html.substring(0, Math.min(500, html.length())));
        }
        return m.group(1);
    }

    private static final Pattern NONCE = Pattern.compile("<script[^>]*\\snonce=\"([^\"]+)\"");

    static String viewState(String html) {
        Matcher m = VIEW_STATE.matcher(html);
        if (!m.find()) {
            throw new AssertionError("no view state in the page: " + html.substring(0, Math.min(500, html.length())));
        }
        return m.group(1).replace("&#58;", ":").replace("&amp;", "&");
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

    HttpResponse<String> get(String path) {
        return send("GET", path, null, null, Map.of());
    }

    HttpResponse<String> postForm(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send("POST", path, "application/x-www-form-urlencoded", body, Map.of());
    }

    /** Any request; {@code path} is relative to the application. */
    HttpResponse<String> send(String method, String path, String contentType, String body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(resolve(path)).timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        new LinkedHashMap<>(headers).forEach(request::header);
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static URI resolve(String path) {
        return TestServer.baseUri().resolve(path.startsWith("/") ? path.substring(1) : path);
    }
}
