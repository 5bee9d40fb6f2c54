package io.storyline.web.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ApiCrossSiteFilterTest {

    private static final String HOST = "archive.example.org:8080";

    @Test
    void readingIsNeverRefused() {
        assertNull(ApiCrossSiteFilter.refusal("GET", "cross-site", "https://evil.example", HOST, false, false));
        assertNull(ApiCrossSiteFilter.refusal("HEAD", null, null, HOST, false, false));
    }

    @Test
    void apiClientsWithCredentialsAndNoBrowserHeadersGoThrough() {
        assertNull(ApiCrossSiteFilter.refusal("POST", null, null, HOST, true, false));
        assertNull(ApiCrossSiteFilter.refusal("DELETE", null, null, HOST, true, false));
    }

    @Test
    void ourOwnPagesGoThrough() {
        assertNull(ApiCrossSiteFilter.refusal("POST", "same-origin", "http://archive.example.org:8080", HOST, false, false));
        assertNull(ApiCrossSiteFilter.refusal("PUT", null, null, HOST, false, true));
    }

    @Test
    void anotherSiteIsRefusedEvenWithCachedCredentials() {
        assertNotNull(ApiCrossSiteFilter.refusal("POST", "cross-site", "https://evil.example", HOST, true, false));
        assertNotNull(ApiCrossSiteFilter.refusal("POST", "same-site", null, HOST, false, true));
        assertNotNull(ApiCrossSiteFilter.refusal("post", null, "https://evil.example", HOST, true, true));
        assertNotNull(ApiCrossSiteFilter.refusal("POST", null, "null", HOST, false, false));
    }

    @Test
    void theSessionCookieAloneIsNotEnough() {
        String why = ApiCrossSiteFilter.refusal("POST", null, null, HOST, false, false);
        assertTrue(why.contains("X-Requested-With"), why);
    }

    @Test
    void originsAreComparedByHostAndPort() {
        assertTrue(ApiCrossSiteFilter.sameAuthority("https://archive.example.org", "archive.example.org"));
        assertTrue(ApiCrossSiteFilter.sameAuthority("https://archive.example.org", "ARCHIVE.example.org:443"));
        assertFalse(ApiCrossSiteFilter.sameAuthority("https://archive.example.org:8443", "archive.example.org"));
        assertFalse(ApiCrossSiteFilter.sameAuthority("https://archive.example.org.evil.example", "archive.example.org"));
        assertFalse(ApiCrossSiteFilter.sameAuthority("http://archive.example.org:8080", null));
        assertFalse(ApiCrossSiteFilter.sameAuthority("not a url", HOST));
    }
}
