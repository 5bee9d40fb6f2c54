package io.storyline.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DeviceTokenTest {

    private final byte[] key = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private final byte[] nonce = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16};
    private final Instant now = Instant.parse("2026-03-01T10:00:00Z");
    private final Instant expires = now.plusSeconds(3600);

    @Test
    void aTokenProvesItsAccountUntilItExpires() {
        String token = DeviceToken.sign(key, "admin", nonce, expires);

        Optional<String> device = DeviceToken.verify(key, token, "admin", now);
        assertTrue(device.isPresent());
        assertEquals(device, DeviceToken.verify(key, token, "admin", expires.minusSeconds(1)));
        assertTrue(DeviceToken.verify(key, token, "admin", expires).isEmpty(), "expired");
        assertTrue(DeviceToken.verify(key, token, "anna", now).isEmpty(), "another account's cookie proves nothing");
        assertNotEquals(device, DeviceToken.verify(key, DeviceToken.sign(key, "admin", new byte[16], expires), "admin", now),
                "each sign-in makes another device id");
    }

    @Test
    void aChangedOrForeignTokenIsWorthless() {
        String token = DeviceToken.sign(key, "admin", nonce, expires);
        String[] parts = token.split("\\.");
        byte[] otherKey = "another key, another server......".getBytes(StandardCharsets.US_ASCII);

        assertTrue(DeviceToken.verify(otherKey, token, "admin", now).isEmpty(), "signed with another key");
        String later = parts[0] + "." + parts[1] + "." + parts[2] + "." + (expires.getEpochSecond() + 86_400) + "." + parts[4];
        assertTrue(DeviceToken.verify(key, later, "admin", now.plusSeconds(7200)).isEmpty(), "expiry moved");
        String flipped = token.substring(0, token.length() - 2) + (token.endsWith("A") ? "B" : "A") + token.charAt(token.length() - 1);
        assertTrue(DeviceToken.verify(key, flipped, "admin", now).isEmpty(), "signature changed");
        for (String junk : new String[] {"", "1.2.3", "2." + token.substring(2), token + ".x", "x".repeat(500), null}) {
            assertTrue(DeviceToken.verify(key, junk, "admin", now).isEmpty(), String.valueOf(junk));
        }
    }
}
