package io.storyline.domain.event;

import java.util.List;
import java.util.Optional;

/** The event taxonomy. Callers bring the transaction. */
public interface EventTypeRepository {

    EventType save(EventType type);

    Optional<EventType> find(long id);

    Optional<EventType> findByCode(String code);

    /** Every type, by code. */
    List<EventType> all();

    void delete(EventType type);
}
