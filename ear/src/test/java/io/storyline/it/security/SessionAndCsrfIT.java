package io.storyline.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storyline.it.security.Session.User;
import io.storyline.it.support.Api;
import io.storyline.it.support.Deployments;
import io.storyline.it.support.Reports;
import io.storyline.it.support.SharedServer;
import io.storyline.it.support.TestServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Sessions and forged requests: the session id is renewed at login and its cookie is HttpOnly and SameSite; a
 * Faces form posted without its real view state is refused and not executed; an API change that rides on the
 * session cookie alone, or comes from another origin, is refused; every kind of answer carries the security
 * headers. (The headers of the login page and of a refused API call are in {@code api.SecurityHeadersIT}.)
 */
@ExtendWith(SharedServer.class)
class SessionAndCsrfIT {

    private static final String EVIL = "http://evil.example";


    @Test
    void signingInRenewsTheSessionAndTheOldIdOpensNothing() {
        Session browser = new Session();
        browser.get("login.xhtml");
        String before = browser.cookie("JSESSIONID").orElseThrow(() -> new AssertionError("the login page makes a session"));

        HttpResponse<String> signedIn = browser.signIn("admin", TestServer.adminPassword());

        assertEquals(302, signedIn.statusCode(), signedIn.body());
        String after = browser.cookie("JSESSIONID").orElseThrow();
        assertNotEquals(before, after, "the session id changes at login (no session fixation)");
        List<String> cookies = signedIn.headers().allValues("Set-Cookie");
        assertTrue(cookies.stream().anyMatch(c -> c.startsWith("JSESSIONID=" + after)), cookies.toString());
        cookies.stream().filter(c -> c.startsWith("JSESSIONID=")).forEach(cookie -> {
            assertTrue(cookie.contains("HttpOnly"), "scripts cannot read the session cookie: " + cookie);
            assertTrue(cookie.contains("SameSite=Lax") || cookie.contains("SameSite=Strict"),
                    "other sites' requests do not carry it: " + cookie);
        });
        assertEquals(200, browser.get("documents/list.xhtml").statusCode(), "the new session is signed in");

        Session attacker = new Session();
        attacker.setCookie("JSESSIONID", before);
        HttpResponse<String> planted = attacker.get("documents/list.xhtml");
        assertEquals(302, planted.statusCode(), "the id known before the login opens nothing");
        assertTrue(planted.headers().firstValue("Location").orElse("").contains("/login.xhtml"));
    }

    @Test
    void overHttpsTheSessionCookieIsSecure() throws Exception {
        int port = 8443 + Integer.parseInt(System.getProperty("it.port.offset", "0"));
        javax.net.ssl.SSLContext tls = javax.net.ssl.SSLContext.getInstance("TLS");
        tls.init(null, new javax.net.ssl.TrustManager[] {new javax.net.ssl.X509TrustManager() {
            @Override
            public void checkClientTrusted(java.security.cert.X509Certificate[] chain, String type) {
            }

            @Override
            public void checkServerTrusted(java.security.cert.X509Certificate[] chain, String type) {
                // the test server's own self-signed certificate
            }

            @Override
            public java.security.cert.X509Certificate[] getAcceptedIssuers() {
                return new java.security.cert.X509Certificate[0];
            }
        }}, null);
        var https = (javax.net.ssl.HttpsURLConnection) java.net.URI.create("https://localhost:" + port + "/login.xhtml")
                .toURL().openConnection();
        https.setSSLSocketFactory(tls.getSocketFactory());
        https.setHostnameVerifier((host, session) -> true);
        https.setInstanceFollowRedirects(false);
        assertEquals(200, https.getResponseCode());
        List<String> cookies = https.getHeaderFields().getOrDefault("Set-Cookie", List.of());
        assertTrue(cookies.stream().map(c -> c.toLowerCase(java.util.Locale.ROOT)).anyMatch(c -> c.startsWith("jsessionid=")
                && c.contains("; secure") && c.contains("httponly") && c.contains("samesite=lax")), "over https: " + cookies);
        assertEquals("max-age=31536000", https.getHeaderField("Strict-Transport-Security"),
                "over https, browsers are told to stay on https");
        assertEquals("nosniff", https.getHeaderField("X-Content-Type-Options"));
        https.disconnect();

        List<String> plain = Api.anonymous().get("login.xhtml").headers().allValues("Set-Cookie");
        assertTrue(plain.stream().noneMatch(c -> c.toLowerCase(java.util.Locale.ROOT).contains("; secure")),
                "plain http keeps working: " + plain);
    }

    @Test
    void aFacesFormPostedWithAMadeUpViewStateIsRefusedAndNotExecuted() {
        Session browser = Session.signedIn(User.admin());
        HttpResponse<String> page = browser.get("documents/list.xhtml");
        assertEquals(200, page.statusCode());
        String real = Session.viewState(page.body());

        // The sign-out button of the page, posted as another site would have to: without the page's view state.
        HttpResponse<String> forged = browser.postForm("documents/list.xhtml", Map.of("session", "session",
                "session:logout", "Sign out", "jakarta.faces.ViewState", "-4242424242424242424:4242424242424242424"));
        assertTrue(forged.body().contains("This page has expired"), "the expired page answers: " + forged.statusCode());
        assertEquals(200, browser.get("documents/list.xhtml").statusCode(), "the forged sign-out did nothing");

        HttpResponse<String> stale = browser.postForm("documents/list.xhtml", Map.of("session", "session",
                "session:logout", "Sign out"));
        assertTrue(stale.body().contains("This page has expired") || stale.statusCode() == 200
                && stale.body().contains("Documents"), "without any view state the post is not a postback either");
        assertEquals(200, browser.get("documents/list.xhtml").statusCode(), "still signed in");

        // The same post with the page's own view state is executed: the refusals above were no accident.
        HttpResponse<String> genuine = browser.postForm("documents/list.xhtml", Map.of("session", "session",
                "session:logout", "Sign out", "jakarta.faces.ViewState", real));
        assertEquals(302, genuine.statusCode(), genuine.body());
        HttpResponse<String> after = browser.get("documents/list.xhtml");
        assertEquals(302, after.statusCode(), "signed out");
    }

    /**
     * A view action runs on a plain GET, which a link on any site can trigger, and Faces checks no view state for
     * it. Each one has been read and only reads; a new one fails here until someone has read it too and either
     * added it to this list or listed its page under {@code <protected-views>} in faces-config.xml.
     */
    private static final Map<String, String> VIEW_ACTIONS_THAT_ONLY_READ = Map.of(
            "/index.xhtml", "/documents/list?faces-redirect=true",
            "/documents/view.xhtml", "#{documentPageBean.load}",
            "/entities/view.xhtml", "#{entityViewBean.load}",
            "/timeline/index.xhtml", "#{timelineBean.load}",
            "/timeline/story.xhtml", "#{storyBean.load}",
            "/admin/system.xhtml", "#{systemBean.load}");

    @Test
    void everyViewActionRunOnAGetHasBeenReviewedAsReadOnly() {
        WebArchive web = Deployments.ear().getAsType(WebArchive.class, Deployments.WEB_MODULE);
        Pattern action = Pattern.compile("<f:viewAction[^>]*\\saction=\"([^\"]*)\"");
        Map<String, String> found = new TreeMap<>();
        web.getContent().forEach((path, node) -> {
            if (path.get().endsWith(".xhtml") && node.getAsset() != null) {
                try (InputStream in = ((org.jboss.shrinkwrap.api.asset.Asset) node.getAsset()).openStream()) {
                    Matcher m = action.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                    while (m.find()) {
                        found.merge(path.get(), m.group(1), (a, b) -> a + " " + b);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        });
        assertEquals(new TreeMap<>(VIEW_ACTIONS_THAT_ONLY_READ), found,
                "view actions run on GET: review each new one (does it change anything?) and list it here, or protect"
                        + " its page in faces-config.xml");
    }

    @Test
    void anApiChangeRidingOnTheSessionCookieNeedsOurOriginOrTheMarkerHeader() {
        long id = Reports.analysed("Cross-site check " + UUID.randomUUID() + "\n\nNothing happened in Geneva.\n",
                "2024-03-05");
        String path = "api/documents/" + id + "/reanalyze";
        int history = Api.array(Api.asAdmin().get("api/documents/" + id + "/history")).size();
        Session editor = Session.signedIn(User.create("EDITOR"));

        HttpResponse<String> fromEvil = editor.send("POST", path, null, null, Map.of("Origin", EVIL));
        assertEquals(403, fromEvil.statusCode(), fromEvil.body());
        assertTrue(fromEvil.body().contains("another origin"), fromEvil.body());
        HttpResponse<String> crossSite = editor.send("POST", path, null, null, Map.of("Sec-Fetch-Site", "cross-site",
                "X-Requested-With", "XMLHttpRequest"));
        assertEquals(403, crossSite.statusCode(), crossSite.body());
        HttpResponse<String> bare = editor.send("POST", path, "text/plain", "x", Map.of());
        assertEquals(403, bare.statusCode(), "a form another site posts carries neither Origin nor the marker here");
        assertTrue(bare.body().contains("X-Requested-With"), bare.body());
        HttpResponse<String> cachedBasic = editor.send("POST", path, null, null, Map.of("Origin", EVIL,
                "Authorization", User.admin().basic()));
        assertEquals(403, cachedBasic.statusCode(), "credentials a browser cached do not help another site either");
        for (String authorization : List.of("Bearer anything", "Basic " + java.util.Base64.getEncoder()
                .encodeToString("nobody:wrong".getBytes(StandardCharsets.UTF_8)), User.admin().basic())) {
            HttpResponse<String> riding = editor.send("POST", path, null, null, Map.of("Authorization", authorization));
            assertEquals(403, riding.statusCode(), "an Authorization header beside the session cookie is no API client"
                    + " (only a caller authenticated by Basic is): " + authorization);
            assertTrue(riding.body().contains("X-Requested-With"), riding.body());
        }
        String ownHostOtherScheme = TestServer.baseUri().toString().replaceAll("/$", "").replace("http://", "https://");
        HttpResponse<String> otherScheme = editor.send("POST", path, null, null, Map.of("Origin", ownHostOtherScheme));
        assertEquals(403, otherScheme.statusCode(), "our host and port over another scheme is another origin");
        assertTrue(otherScheme.body().contains("another origin"), otherScheme.body());

        assertEquals("ANALYZED", Api.object(Api.asAdmin().get("api/documents/" + id)).getString("status"));
        assertEquals(history, Api.array(Api.asAdmin().get("api/documents/" + id + "/history")).size(),
                "nothing was done");

        String ownOrigin = TestServer.baseUri().toString().replaceAll("/$", "");
        HttpResponse<String> ours = editor.send("POST", path, null, null, Map.of("Origin", ownOrigin,
                "Sec-Fetch-Site", "same-origin"));
        assertEquals(202, ours.statusCode(), "our own pages may: " + ours.body());
        Api.asAdmin().awaitSettled(id, java.time.Duration.ofMinutes(2));
        HttpResponse<String> marked = editor.send("POST", path, null, null, Map.of("X-Requested-With", "XMLHttpRequest"));
        assertEquals(202, marked.statusCode(), "so may a script that sets the marker: " + marked.body());
        Api.asAdmin().awaitSettled(id, java.time.Duration.ofMinutes(2));
        assertEquals(202, Api.asAdmin().post(path).statusCode(), "API clients with Basic credentials are unaffected");
        Api.asAdmin().awaitSettled(id, java.time.Duration.ofMinutes(2));

        HttpResponse<String> read = editor.send("GET", "api/documents/" + id, null, null, Map.of("Origin", EVIL));
        assertEquals(200, read.statusCode(), "reading with the session cookie stays possible (the pages link to it)");
    }

    /**
     * The Host header is the client's to write; with {@code storyline.public-url} unset (as on the test server)
     * redirects and Location headers are relative, so a forged Host never comes back in one.
     */
    @Test
    void aForgedHostHeaderNeverLandsInALocation() throws IOException {
        String toLogin = rawRequest("GET /documents/list.xhtml HTTP/1.1\r\nHost: evil.example\r\n"
                + "Connection: close\r\n\r\n");
        assertTrue(toLogin.startsWith("HTTP/1.1 302"), toLogin);
        assertEquals("/login.xhtml", header(toLogin, "Location"), "relative, on the address the browser used");

        String name = "host-" + UUID.randomUUID().toString().substring(0, 8);
        String body = "{\"username\":\"" + name + "\",\"roles\":[\"READER\"],\"password\":\"Pw-" + UUID.randomUUID() + "\"}";
        String created = rawRequest("POST /api/users HTTP/1.1\r\nHost: evil.example:8180\r\nAuthorization: "
                + User.admin().basic() + "\r\nContent-Type: application/json\r\nContent-Length: "
                + body.getBytes(StandardCharsets.UTF_8).length + "\r\nConnection: close\r\n\r\n" + body);
        assertTrue(created.startsWith("HTTP/1.1 201"), created);
        assertEquals("/api/users/" + name, header(created, "Location"));

        String session = Session.signedIn(User.create("READER")).cookie("JSESSIONID").orElseThrow();
        String home = rawRequest("GET /index.xhtml HTTP/1.1\r\nHost: evil.example\r\nCookie: JSESSIONID=" + session
                + "\r\nConnection: close\r\n\r\n");
        assertTrue(home.startsWith("HTTP/1.1 302"), "the home page sends a signed-in user on: " + home);
        assertEquals("/documents/list.xhtml", header(home, "Location"), "a page's own redirect is relative too");
    }

    private static String rawRequest(String request) throws IOException {
        try (java.net.Socket socket = new java.net.Socket(TestServer.baseUri().getHost(), TestServer.baseUri().getPort())) {
            socket.setSoTimeout(60_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
            socket.getOutputStream().flush();
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int end = answer.indexOf("\r\n\r\n");
            return end < 0 ? answer : answer.substring(0, end);
        }
    }

    private static String header(String head, String name) {
        return head.lines().filter(l -> l.regionMatches(true, 0, name + ":", 0, name.length() + 1))
                .map(l -> l.substring(name.length() + 1).strip()).findFirst().orElse(null);
    }

    @Test
    void securityHeadersAreOnPagesApiAnswersAndErrorPages() {
        Session reader = Session.signedIn(User.create("READER"));
        Map<String, HttpResponse<String>> answers = new java.util.LinkedHashMap<>();
        answers.put("a page", reader.get("documents/list.xhtml"));
        answers.put("the forbidden page", reader.get("admin/index.xhtml"));
        answers.put("the not-found page", reader.get("documents/no-such-page.xhtml"));
        answers.put("a page resource", reader.get("jakarta.faces.resource/storyline/storyline.css.xhtml"));
        answers.put("an API answer", reader.get("api/documents?size=1"));
        answers.put("an API refusal", reader.send("GET", "api/users", null, null, Map.of("Authorization",
                "Basic " + java.util.Base64.getEncoder().encodeToString("nobody:wrong".getBytes()))));
        answers.put("an API 404", reader.get("api/documents/987654321"));

        assertEquals(403, answers.get("the forbidden page").statusCode());
        assertEquals(404, answers.get("the not-found page").statusCode());
        assertEquals(404, answers.get("an API 404").statusCode());
        answers.forEach((what, answer) -> {
            String where = what + " (" + answer.statusCode() + ")";
            assertEquals("nosniff", answer.headers().firstValue("X-Content-Type-Options").orElse(null), where);
            assertEquals("DENY", answer.headers().firstValue("X-Frame-Options").orElse(null), where);
            assertTrue(answer.headers().firstValue("Referrer-Policy").isPresent(), where);
            String policy = answer.headers().firstValue("Content-Security-Policy").orElse("");
            assertTrue(policy.contains("frame-ancestors 'none'"), where + ": " + policy);
            assertTrue(policy.contains("object-src 'none'") || policy.startsWith("default-src 'none'"), where + ": " + policy);
        });
        assertTrue(answers.get("an API 404").headers().firstValue("Content-Security-Policy").orElse("")
                .startsWith("default-src 'none'"), "API answers allow no active content");
    }

    /**
     * Pages run only scripts from our origin and the inline scripts that carry this answer's nonce: one policy, no
     * 'unsafe-inline' or 'unsafe-eval' for scripts, a nonce on every inline script, no inline event handler.
     */
    @Test
    void pagesRunOnlyTheirOwnScripts() {
        Session reader = Session.signedIn(User.create("READER"));
        Map<String, HttpResponse<String>> pages = new java.util.LinkedHashMap<>();
        pages.put("the login page", new Session().get("login.xhtml"));
        pages.put("the documents page", reader.get("documents/list.xhtml"));
        pages.put("the search page", reader.get("search/index.xhtml?q=matrix"));
        pages.put("the not-found page", reader.get("documents/no-such-page.xhtml"));
        pages.forEach((what, page) -> {
            List<String> policies = page.headers().allValues("Content-Security-Policy");
            assertEquals(1, policies.size(), what + ": one policy, not two that would both apply: " + policies);
            String scripts = java.util.Arrays.stream(policies.get(0).split(";")).map(String::strip)
                    .filter(d -> d.startsWith("script-src")).findFirst()
                    .orElseThrow(() -> new AssertionError(what + ": no script-src in " + policies));
            assertFalse(scripts.contains("unsafe-inline") || scripts.contains("unsafe-eval"), what + ": " + scripts);
            Matcher nonce = Pattern.compile("'nonce-([^']+)'").matcher(scripts);
            assertTrue(nonce.find(), what + ": a nonce for this answer's inline scripts: " + scripts);
            Matcher script = Pattern.compile("<script\\b([^>]*)>").matcher(page.body());
            int inline = 0;
            while (script.find()) {
                if (!script.group(1).contains("src=")) {
                    inline++;
                    assertTrue(script.group(1).contains("nonce=\"" + nonce.group(1) + "\""), what
                            + ": an inline script without this answer's nonce: <script" + script.group(1) + ">");
                }
            }
            assertTrue(inline > 0, what + ": PrimeFaces writes its widgets' set-up inline, with the nonce");
            assertFalse(Pattern.compile("<[a-zA-Z][^>]*\\son[a-z]+=\"").matcher(page.body()).find(),
                    what + ": no inline event handler (they run only under 'unsafe-inline')");
        });
    }

    /** Sending the login form again with a wrong password, while signed in, signs the session out: no false success. */
    @Test
    void aWrongPasswordOnTheLoginFormEndsTheSessionItCameFrom() {
        User reader = User.create("READER");
        Session session = Session.signedIn(reader);
        assertEquals(200, session.get("documents/list.xhtml").statusCode(), "signed in");
        HttpResponse<String> again = session.signIn(reader.name(), "wrong-" + UUID.randomUUID());
        assertEquals(200, again.statusCode(), "the login page again, not a redirect into the archive");
        assertTrue(again.body().contains("Wrong user name or password"), again.body());
        HttpResponse<String> after = session.get("documents/list.xhtml");
        assertEquals(302, after.statusCode(), "the session no longer holds a signed-in user");
        HttpResponse<String> page = session.get("login.xhtml");
        HttpResponse<String> noNonce = session.postForm("login.xhtml", Map.of("login", "login", "login:username",
                reader.name(), "login:password", "wrong", "login:submit", "", "jakarta.faces.ViewState",
                Session.viewState(page.body())));
        assertTrue(noNonce.body().contains("This page has expired"), "a form sent without the page's script nonce is"
                + " treated like a forged one, not a 500: " + noNonce.statusCode());
                String audit = Api.asAdmin().get("api/audit?user=" + reader.name() + "&size=50").body();
        assertEquals(1, audit.split("\"LOGIN\"", -1).length - 1, "one sign-in logged, the first: " + audit);
    }
}
