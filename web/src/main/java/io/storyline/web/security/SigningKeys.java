package io.storyline.web.security;

import io.storyline.domain.user.SigningKey;
import io.storyline.domain.user.SigningKeyRepository;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Clock;

/** The server's signing keys: read from the database, or made there by the first node that needs one. */
@Stateless
public class SigningKeys {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    SigningKeyRepository keys;

    @Inject
    Clock clock;

    /**
     * The secret of the key named {@code name}, made now if there is none. When two nodes make it at once, one
     * commit fails (the name is the primary key) and its caller should ask again: it then reads the other's.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public byte[] secret(String name) {
        return keys.find(name).orElseGet(() -> keys.add(SigningKey.generate(name, RANDOM, clock.instant()))).secret();
    }
}
