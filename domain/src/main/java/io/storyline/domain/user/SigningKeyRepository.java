package io.storyline.domain.user;

import java.util.Optional;

/** The server's signing keys, by name. Callers bring the transaction. */
public interface SigningKeyRepository {

    Optional<SigningKey> find(String name);

    /** Adds a new key; the commit fails when another node added one of that name first. */
    SigningKey add(SigningKey key);
}
