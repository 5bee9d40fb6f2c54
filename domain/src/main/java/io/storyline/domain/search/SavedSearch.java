package io.storyline.domain.search;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** A search a user keeps under a name: the query string of the search page ({@code q=...&tag=...}). */
@Entity
@Table(name = "saved_search")
public class SavedSearch {

    public static final int MAX_NAME = 200;
    public static final int MAX_QUERY = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "saved_search_seq")
    @SequenceGenerator(name = "saved_search_seq", sequenceName = "saved_search_seq", allocationSize = 50)
    private Long id;

    @Column(name = "owner", nullable = false, length = 64)
    private String owner;

    @Column(name = "name", nullable = false, length = MAX_NAME)
    private String name;

    @Column(name = "query", nullable = false, length = MAX_QUERY)
    private String query;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected SavedSearch() {
        // for JPA
    }

    public SavedSearch(String owner, String name, String query, Instant createdAt) {
        this.owner = Objects.requireNonNull(owner, "owner");
        this.name = Objects.requireNonNull(name, "name");
        this.query = Objects.requireNonNull(query, "query");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    public Long id() {
        return id;
    }

    public String owner() {
        return owner;
    }

    public String name() {
        return name;
    }

    public String query() {
        return query;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
