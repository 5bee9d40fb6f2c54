package io.storyline.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class AuthenticationRulesTest {

    @Test
    void basicCredentialsAreReadIncludingColonsAndUnicodeInThePassword() {
        String header = "Basic " + Base64.getEncoder().encodeToString("maría:pa:ss wörd".getBytes(StandardCharsets.UTF_8));

        UsernamePasswordCredential credential = StorylineAuthenticationMechanism.basicCredential(header).orElseThrow();

        assertEquals("maría", credential.getCaller());
        assertEquals("pa:ss wörd", credential.getPasswordAsString());
        assertTrue(StorylineAuthenticationMechanism.basicCredential("basic " + header.substring(6)).isPresent(),
                "the scheme is case-insensitive");
    }

    @Test
    void anythingElseIsNoCredential() {
        assertTrue(StorylineAuthenticationMechanism.basicCredential(null).isEmpty());
        assertTrue(StorylineAuthenticationMechanism.basicCredential("Bearer abc").isEmpty());
        assertTrue(StorylineAuthenticationMechanism.basicCredential("Basic !!!not-base64").isEmpty());
        assertTrue(StorylineAuthenticationMechanism.basicCredential(
                "Basic " + Base64.getEncoder().encodeToString("no-colon".getBytes(StandardCharsets.UTF_8))).isEmpty());
        assertTrue(StorylineAuthenticationMechanism.basicCredential(
                "Basic " + Base64.getEncoder().encodeToString(":only-password".getBytes(StandardCharsets.UTF_8))).isEmpty());
    }

    @Test
    void theApiIsEverythingUnderSlashApi() {
        assertTrue(StorylineAuthenticationMechanism.isApiPath("/api"));
        assertTrue(StorylineAuthenticationMechanism.isApiPath("/api/documents/1"));
        assertFalse(StorylineAuthenticationMechanism.isApiPath("/apiary.xhtml"));
        assertFalse(StorylineAuthenticationMechanism.isApiPath("/documents/list.xhtml"));
    }

    @Test
    void afterLoginOnlyPagesOfThisApplicationAreReturnedTo() {
        assertEquals("/documents/list.xhtml?status=FAILED", LoginBean.safeTarget("/documents/list.xhtml?status=FAILED"));
        assertEquals(LoginBean.HOME, LoginBean.safeTarget("//evil.example/phish"));
        assertEquals(LoginBean.HOME, LoginBean.safeTarget("https://evil.example/"));
        assertEquals(LoginBean.HOME, LoginBean.safeTarget("/\\evil.example"));
        assertEquals(LoginBean.HOME, LoginBean.safeTarget("/login.xhtml"));
        assertEquals(LoginBean.HOME, LoginBean.safeTarget("/api/documents"));
        assertEquals(LoginBean.HOME, LoginBean.safeTarget(null));
    }

    @Test
    void generatedFirstPasswordsAreLongAndUnambiguous() {
        String password = BootstrapAdmin.randomPassword();

        assertEquals(24, password.length());
        assertTrue(password.chars().noneMatch(c -> "0O1lI".indexOf(c) >= 0), password);
    }
}
