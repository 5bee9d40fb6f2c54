package io.storyline.domain.timeline;

import java.util.List;
import java.util.Optional;

/** Saved timelines. Callers bring the transaction. */
public interface StoryRepository {

    void save(Story story);

    Optional<Story> find(long id);

    /** Every story, the most recently changed first. */
    List<Story> all();

    void delete(Story story);
}
