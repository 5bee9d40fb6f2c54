package io.storyline.domain.search;

import java.util.List;
import java.util.Optional;

/** Saved searches, always read by their owner. */
public interface SavedSearchRepository {

    void save(SavedSearch search);

    List<SavedSearch> of(String owner);

    Optional<SavedSearch> find(String owner, long id);

    Optional<SavedSearch> findByName(String owner, String name);

    void delete(SavedSearch search);
}
