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
}
