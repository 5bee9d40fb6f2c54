package io.storyline.domain.event;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;
import java.util.Optional;

/**
 * Who took part in an event and how. A participant is usually an entity; a group the text only describes
 * ("families of Israeli captives") is kept by its words, without an entity.
 */
@Embeddable
public class Participant {

    @Column(name = "entity_id")
    private Long entityId;

    @Column(name = "name", nullable = false, length = 300)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 16)
    private ParticipantRole role;

    protected Participant() {
        // for JPA
    }

    public Participant(Long entityId, String name, ParticipantRole role) {
        this.entityId = entityId;
        String n = Objects.requireNonNull(name, "name").strip();
        this.name = n.length() <= 300 ? n : n.substring(0, 300);
        this.role = Objects.requireNonNull(role, "role");
    }

    public Optional<Long> entityId() {
        return Optional.ofNullable(entityId);
    }

    public String name() {
        return name;
    }

    public ParticipantRole role() {
        return role;
    }
}
