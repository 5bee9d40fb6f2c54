package io.storyline.domain.user;

import java.util.List;
import java.util.Optional;

/** The accounts of the archive. Callers bring the transaction. */
public interface UserRepository {

    User save(User user);

    Optional<User> findByUsername(String username);

    long count();

    /** Every user, by user name. */
    List<User> list();

    /**
     * Every user, each row locked for writing until the transaction ends (in id order, so that two callers never
     * deadlock). Call it first in the transaction, so no user was read before the lock.
     */
    List<User> lockAll();
}
