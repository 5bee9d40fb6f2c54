package io.storyline.domain.entity.jpa;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The entity list's name filter: words compared by name key, wildcards taken literally. */
class JpaEntityRepositoryTest {

    @Test
    void percentAndUnderscoreAreNotWildcards() {
        assertEquals("%100\\%%", JpaEntityRepository.namePattern("100%"));
        assertEquals("%\\%%", JpaEntityRepository.namePattern("%"));
        // "_" is a separator in name keys; alone it leaves no key, and the filter must then find nothing
        assertEquals("%\\_%", JpaEntityRepository.namePattern("_"));
    }

    @Test
    void namesAreComparedByTheirKey() {
        assertEquals("%al quds%", JpaEntityRepository.namePattern("Al-Quds"));
        assertEquals("%obrien%", JpaEntityRepository.namePattern("O'Brien"));
    }
}
