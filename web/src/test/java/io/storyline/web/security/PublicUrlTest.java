package io.storyline.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import org.junit.jupiter.api.Test;

class PublicUrlTest {

    private static final URI PUBLIC = PublicUrl.parse("https://Archive.example.org/");

    @Test
    void withoutAPublicUrlRedirectsAreRelativeAndNeverNameTheHostHeader() {
        assertEquals("/login.xhtml", PublicUrl.location("/login.xhtml", "/documents/list.xhtml", "evil.example", null));
        assertEquals("/documents/list.xhtml?x=1#top",
                PublicUrl.location("http://evil.example:8180/documents/list.xhtml?x=1#top", "/", "evil.example", null),
                "what the container made absolute from the Host header loses its host");
        assertEquals("/api/users/anna", PublicUrl.location("https://EVIL.example/api/users/anna", "/", "evil.example", null));
        assertEquals("/", PublicUrl.location("//evil.example", "/", "evil.example", null));
        assertEquals("/admin/users.xhtml", PublicUrl.location("users.xhtml", "/admin/index.xhtml", "h", null),
                "relative to the page");
    }

    @Test
    void withAPublicUrlRedirectsAreAbsoluteOnIt() {
        assertEquals("https://archive.example.org/login.xhtml",
                PublicUrl.location("/login.xhtml", "/documents/list.xhtml", "evil.example", PUBLIC));
        assertEquals("https://archive.example.org/api/users/anna",
                PublicUrl.location("http://evil.example/api/users/anna", "/", "evil.example", PUBLIC));
    }

    @Test
    void otherHostsAreLeftAlone() {
        assertEquals("https://docs.example.net/help", PublicUrl.location("https://docs.example.net/help", "/", "h", PUBLIC));
        assertEquals("mailto:desk@example.org", PublicUrl.location("mailto:desk@example.org", "/", "h", null));
        assertNull(PublicUrl.location(null, "/", "h", null));
    }

    @Test
    void thePublicUrlIsASchemeAHostAndAPortOnly() {
        assertNull(PublicUrl.parse("  "));
        assertEquals("https://archive.example.org", PUBLIC.toString());
        assertEquals("http://archive.example.org:8080", PublicUrl.parse("http://archive.example.org:8080").toString());
        for (String wrong : new String[] {"archive.example.org", "ftp://archive.example.org",
                "https://archive.example.org/storyline", "https://archive.example.org?x=1", "https://u:p@archive.example.org"}) {
            assertThrows(IllegalArgumentException.class, () -> PublicUrl.parse(wrong), wrong);
        }
    }
}
