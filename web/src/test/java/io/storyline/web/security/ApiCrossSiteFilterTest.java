package io.storyline.web.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ApiCrossSiteFilterTest {

    private static final Set<String> OURS = Set.of("http://archive.example.org:8080");

    @Test
    void readingIsNeverRefused() {
        assertNull(ApiCrossSiteFilter.refusal("GET", "cross-site", "https://evil.example", OURS, false, false));
        assertNull(ApiCrossSiteFilter.refusal("HEAD", null, null, OURS, false, false));
    }

    @Test
    void apiClientsAuthenticatedByBasicAndNoBrowserHeadersGoThrough() {
        assertNull(ApiCrossSiteFilter.refusal("POST", null, null, OURS, true, false));
        assertNull(ApiCrossSiteFilter.refusal("DELETE", null, null, OURS, true, false));
    }

    @Test
    void ourOwnPagesGoThrough() {
        assertNull(ApiCrossSiteFilter.refusal("POST", "same-origin", "http://archive.example.org:8080", OURS, false, false));
        assertNull(ApiCrossSiteFilter.refusal("PUT", null, null, OURS, false, true));
        assertNull(ApiCrossSiteFilter.refusal("PUT", null, "https://archive.example.org",
                Set.of("http://archive.example.org:8080", "https://archive.example.org"), false, false),
                "the public address behind a proxy is ours too");
    }

    @Test
    void anotherSiteIsRefusedEvenWithCachedCredentials() {
        assertNotNull(ApiCrossSiteFilter.refusal("POST", "cross-site", "https://evil.example", OURS, true, false));
        assertNotNull(ApiCrossSiteFilter.refusal("POST", "same-site", null, OURS, false, true));
        assertNotNull(ApiCrossSiteFilter.refusal("post", null, "https://evil.example", OURS, true, true));
        assertNotNull(ApiCrossSiteFilter.refusal("POST", null, "null", OURS, false, false));
    }

    @Test
    void theSessionCookieAloneIsNotEnoughWhateverAuthorizationHeaderCameWithIt() {
        String why = ApiCrossSiteFilter.refusal("POST", null, null, OURS, false, false);
        assertTrue(why.contains("X-Requested-With"), why);
    }

    @Test
    void originsAreComparedBySchemeHostAndPort() {
        assertTrue(ApiCrossSiteFilter.sameOrigin("https://archive.example.org", "https://archive.example.org:443"));
        assertTrue(ApiCrossSiteFilter.sameOrigin("https://ARCHIVE.example.org", "https://archive.example.org"));
        assertFalse(ApiCrossSiteFilter.sameOrigin("http://archive.example.org", "https://archive.example.org"),
                "another scheme is another origin");
        assertFalse(ApiCrossSiteFilter.sameOrigin("https://archive.example.org:80", "http://archive.example.org"));
        assertFalse(ApiCrossSiteFilter.sameOrigin("https://archive.example.org:8443", "https://archive.example.org"));
        assertFalse(ApiCrossSiteFilter.sameOrigin("https://archive.example.org.evil.example", "https://archive.example.org"));
        assertFalse(ApiCrossSiteFilter.sameOrigin("not a url", "http://archive.example.org:8080"));
        assertNotNull(ApiCrossSiteFilter.refusal("POST", null, "https://archive.example.org:8080", OURS, false, false),
                "our host and port over another scheme is refused");
    }
}
