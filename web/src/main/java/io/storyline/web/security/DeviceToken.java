package io.storyline.web.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The value of a device cookie: {@code 1.<account>.<nonce>.<expires>.<mac>}, the account and the random nonce in
 * base64url, the expiry in epoch seconds, and an HMAC-SHA256 over all of them with the server's signing key. It
 * proves that this browser once signed in as this account, until it expires; it grants nothing else.
 */
final class DeviceToken {

    private static final String VERSION = "1";
    private static final Base64.Encoder ENCODE = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODE = Base64.getUrlDecoder();
    static final int MAX_LENGTH = 400;

    private DeviceToken() {
    }

    /** A signed token for {@code account} (in its canonical form) with this nonce, valid until {@code expires}. */
    static String sign(byte[] key, String account, byte[] nonce, Instant expires) {
        String body = VERSION + "." + ENCODE.encodeToString(account.getBytes(StandardCharsets.UTF_8)) + "."
                + ENCODE.encodeToString(nonce) + "." + expires.getEpochSecond();
        return body + "." + ENCODE.encodeToString(mac(key, body));
    }

    /**
     * The device's id (its nonce) when {@code token} is intact, signed with {@code key}, made for {@code account}
     * and not expired at {@code now}; empty otherwise.
     */
    static Optional<String> verify(byte[] key, String token, String account, Instant now) {
        if (token == null || token.length() > MAX_LENGTH || account == null) {
            return Optional.empty();
        }
        int macStart = token.lastIndexOf('.');
        String[] parts = token.split("\\.", -1);
        if (parts.length != 5 || !VERSION.equals(parts[0])) {
            return Optional.empty();
        }
        try {
            byte[] given = DECODE.decode(parts[4]);
            if (!MessageDigest.isEqual(given, mac(key, token.substring(0, macStart)))) {
                return Optional.empty();
            }
            String named = new String(DECODE.decode(parts[1]), StandardCharsets.UTF_8);
            Instant expires = Instant.ofEpochSecond(Long.parseLong(parts[3]));
            if (!named.equals(account) || !now.isBefore(expires) || parts[2].isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(parts[2]);
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    private static byte[] mac(byte[] key, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(("storyline-device|" + body).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
        }
    }
}
