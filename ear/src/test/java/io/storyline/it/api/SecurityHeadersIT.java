package io.storyline.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storyline.it.support.Api;
import io.storyline.it.support.SharedServer;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every answer carries the security headers; the session cookie is HttpOnly and SameSite. */
@ExtendWith(SharedServer.class)
class SecurityHeadersIT {


    @Test
    void pagesForbidFramingAndSniffingAndTheirCookieStaysHome() {
        HttpResponse<String> login = Api.anonymous().get("login.xhtml");

        assertEquals(200, login.statusCode());
        assertEquals("nosniff", login.headers().firstValue("X-Content-Type-Options").orElse(null));
        assertEquals("DENY", login.headers().firstValue("X-Frame-Options").orElse(null));
        String policy = login.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(policy.contains("frame-ancestors 'none'") && policy.contains("object-src 'none'"), policy);
        List<String> cookies = login.headers().allValues("Set-Cookie");
        assertTrue(cookies.stream().anyMatch(c -> c.startsWith("JSESSIONID=")), cookies.toString());
        cookies.stream().filter(c -> c.startsWith("JSESSIONID=")).forEach(cookie -> {
            assertTrue(cookie.contains("HttpOnly"), cookie);
            assertTrue(cookie.contains("SameSite=Lax"), cookie);
        });
    }

    @Test
    void apiAnswersAllowNoActiveContentEvenWhenRefused() {
        HttpResponse<String> refused = Api.anonymous().get("api/documents");

        assertEquals(401, refused.statusCode());
        assertEquals("default-src 'none'; frame-ancestors 'none'; sandbox",
                refused.headers().firstValue("Content-Security-Policy").orElse(null));
        assertEquals("nosniff", refused.headers().firstValue("X-Content-Type-Options").orElse(null));
    }
}
