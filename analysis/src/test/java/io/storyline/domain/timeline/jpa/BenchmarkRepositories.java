package io.storyline.domain.timeline.jpa;

import jakarta.persistence.EntityManager;

/**
 * The timeline repositories outside the server, on the entity manager of one request: the benchmark sets what
 * the container would inject.
 */
public final class BenchmarkRepositories {

    private BenchmarkRepositories() {
    }

    public static JpaTimelineRepository timeline(EntityManager em) {
        JpaTimelineRepository repository = new JpaTimelineRepository();
        repository.em = em;
        return repository;
    }

    public static JpaEventLinkRepository links(EntityManager em) {
        JpaEventLinkRepository repository = new JpaEventLinkRepository();
        repository.em = em;
        return repository;
    }
}
