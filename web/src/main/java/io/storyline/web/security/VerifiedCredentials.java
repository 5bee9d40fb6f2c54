package io.storyline.web.security;

import io.storyline.domain.user.User;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Remembers, for a few minutes, that a user's password checked out, so that an API client sending HTTP Basic
 * with every request does not pay for PBKDF2 each time. Only a keyed hash (HMAC-SHA256 with a key that lives
 * in this JVM alone) is kept, never the password; a password change or disabling the user ends the
 * remembering. Nothing here is needed for correctness: another node simply checks the password again.
 */
@ApplicationScoped
public class VerifiedCredentials {

    private static final Duration TTL = Duration.ofMinutes(5);
    private static final int MAX_ENTRIES = 10_000;

    private final byte[] key = new byte[32];
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    private record Entry(byte[] mac, Instant passwordChangedAt, Instant expires) {
    }

    public VerifiedCredentials() {
        new SecureRandom().nextBytes(key);
    }

    boolean matches(User user, char[] password) {
        Entry entry = entries.get(user.username());
        if (entry == null || Instant.now().isAfter(entry.expires())
                || !entry.passwordChangedAt().equals(user.passwordChangedAt())) {
            return false;
        }
        return MessageDigest.isEqual(entry.mac(), mac(user.username(), password));
    }

    void remember(User user, char[] password) {
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(user.username(), new Entry(mac(user.username(), password), user.passwordChangedAt(),
                Instant.now().plus(TTL)));
    }

    /** Forgets a user, after a password change or when the account is disabled. */
    public void forget(String username) {
        entries.remove(username);
    }

    private byte[] mac(String username, char[] password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update(username.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            ByteBuffer bytes = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
            mac.update(bytes);
            return mac.doFinal();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
        }
    }
}
