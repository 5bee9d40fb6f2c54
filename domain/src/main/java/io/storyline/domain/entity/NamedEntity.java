package io.storyline.domain.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One canonical person, organisation, place or other name, shared by every document that mentions it. Its key is
 * its type and the {@link Names#key key} of its name, so "Al-Quds" and "al Quds" are one entity; aliases map other
 * names to it ("al-Quds" to "Jerusalem").
 */
@Entity
@Table(name = "entity")
public class NamedEntity {

    public static final int MAX_NAME = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "entity_seq")
    @SequenceGenerator(name = "entity_seq", sequenceName = "entity_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(name = "type", nullable = false, length = 16)
    private EntityType type;

    @Column(name = "name", nullable = false, length = MAX_NAME)
    private String name;

    @Column(name = "name_key", nullable = false, length = MAX_NAME)
    private String nameKey;

    @Column(name = "last_name_key", length = 100)
    private String lastNameKey;

    @Column(name = "merged_into")
    private Long mergedInto;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected NamedEntity() {
        // for JPA
    }

    public NamedEntity(EntityType type, String name, Instant at) {
        this.type = Objects.requireNonNull(type, "type");
        this.createdAt = Objects.requireNonNull(at, "at");
        rename(name);
    }

    /** Gives the entity a new canonical name (a person corrected it). */
    public void rename(String newName) {
        Objects.requireNonNull(newName, "name");
        if (newName.isBlank()) {
            throw new IllegalArgumentException("an entity needs a name");
        }
        this.name = Names.fit(newName, MAX_NAME);
        this.nameKey = Names.fit(Names.key(newName), MAX_NAME);
        String last = type == EntityType.PERSON ? Names.lastNameKey(newName) : null;
        this.lastNameKey = last == null ? null : Names.fit(last, 100);
    }

    /** Marks this entity as merged into another: its mentions now point there. */
    public void mergeInto(NamedEntity other) {
        Objects.requireNonNull(other, "other");
        if (Objects.equals(other.id, id)) {
            throw new IllegalArgumentException("an entity cannot be merged into itself");
        }
        this.mergedInto = other.id;
    }

    public Long id() {
        return id;
    }

    public EntityType type() {
        return type;
    }

    public String name() {
        return name;
    }

    public String nameKey() {
        return nameKey;
    }

    public Optional<String> lastNameKey() {
        return Optional.ofNullable(lastNameKey);
    }

    public Optional<Long> mergedInto() {
        return Optional.ofNullable(mergedInto);
    }

    public Instant createdAt() {
        return createdAt;
    }

    @Override
    public String toString() {
        return "NamedEntity[" + id + ", " + type + ", " + name + "]";
    }
}
