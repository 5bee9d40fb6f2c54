package io.storyline.domain.user;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;

/**
 * A secret the server signs with, e.g. the device cookies of sign-ins. Made once, at random, by whichever node
 * needs it first, and kept in the database so that a restart and every node of a cluster verify what another
 * signed. Never shown, never configured, never changed (a new name makes a new key).
 */
@Entity
@Table(name = "signing_key")
public class SigningKey {

    static final int BYTES = 32;

    @Id
    @Column(name = "name", length = 64)
    private String name;

    @Column(name = "secret", nullable = false, length = 100, updatable = false)
    private String secret;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected SigningKey() {
        // for JPA
    }

    private SigningKey(String name, byte[] secret, Instant at) {
        this.name = Objects.requireNonNull(name, "name");
        this.secret = Base64.getEncoder().encodeToString(secret);
        this.createdAt = Objects.requireNonNull(at, "at");
    }

    /** A new key of {@value #BYTES} random bytes. */
    public static SigningKey generate(String name, SecureRandom random, Instant at) {
        byte[] secret = new byte[BYTES];
        random.nextBytes(secret);
        return new SigningKey(name, secret, at);
    }

    public String name() {
        return name;
    }

    /** The secret itself (a copy). */
    public byte[] secret() {
        return Base64.getDecoder().decode(secret);
    }

    public Instant createdAt() {
        return createdAt;
    }

    @Override
    public String toString() {
        return "SigningKey[" + name + "]";
    }
}
