package io.storyline.domain.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AuditEntryTest {

    private static final Instant AT = Instant.parse("2026-01-02T03:04:05Z");

    @Test
    void keepsWhatWasDoneAndByWhom() {
        AuditEntry entry = AuditEntry.of(AT, "anna", "UPLOAD", "document 42", "report.pdf", "10.0.0.7", "Firefox");
        assertEquals(AT, entry.at());
        assertEquals(Optional.of("anna"), entry.username());
        assertEquals("UPLOAD", entry.action());
        assertEquals(Optional.of("document 42"), entry.subject());
        assertEquals(Optional.of("report.pdf"), entry.detail());
        assertEquals(Optional.of("10.0.0.7"), entry.remoteAddress());
        assertEquals(Optional.of("Firefox"), entry.userAgent());
    }

    @Test
    void anAnonymousEntryHasNoUserAndBlankMeansNothing() {
        AuditEntry entry = AuditEntry.of(AT, null, "LOGIN_FAILED", "  ", "", null, null);
        assertTrue(entry.username().isEmpty());
        assertTrue(entry.subject().isEmpty());
        assertTrue(entry.detail().isEmpty());
    }

    @Test
    void longTextsAreCutAndControlCharactersCannotForgeLines() {
        String huge = "x".repeat(5000);
        AuditEntry entry = AuditEntry.of(AT, "anna", "EDIT_DOCUMENT", "document 1\r\nFAKE entry", huge, null,
                "agent\u0000".repeat(200));
        assertEquals("document 1  FAKE entry", entry.subject().orElseThrow());
        assertEquals(AuditEntry.MAX_DETAIL, entry.detail().orElseThrow().length());
        assertEquals(AuditEntry.MAX_USER_AGENT, entry.userAgent().orElseThrow().length());
    }

    @Test
    void aCutNeverSplitsACharacter() {
        String emoji = "😀".repeat(AuditEntry.MAX_SUBJECT);
        String subject = AuditEntry.of(AT, null, "TAG", emoji, null, null, null).subject().orElseThrow();
        assertTrue(subject.length() <= AuditEntry.MAX_SUBJECT);
        assertTrue(Character.isLowSurrogate(subject.charAt(subject.length() - 1)));
    }

    @Test
    void anEntryNeedsAnAction() {
        assertThrows(NullPointerException.class, () -> AuditEntry.of(AT, "anna", " ", null, null, null, null));
    }

    @Test
    void aFilterRefusesAnUpsideDownPeriodAndOverlongText() {
        assertThrows(IllegalArgumentException.class,
                () -> new AuditFilter(null, null, null, AT, AT.minusSeconds(1)));
        assertThrows(IllegalArgumentException.class,
                () -> new AuditFilter("w".repeat(AuditFilter.MAX_TEXT + 1), null, null, null, null));
        assertEquals(null, new AuditFilter("  ", " ", "", null, null).text());
    }
}
