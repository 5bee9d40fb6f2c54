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
 * A name that stands for another: an alias of an entity ("al-Quds" for Jerusalem), or a description of whoever
 * holds a title ("top US diplomat" for the US Secretary of State). Admins edit them; analysis reads them.
 */
@Entity
@Table(name = "entity_alias")
public class Alias {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "alias_seq")
    @SequenceGenerator(name = "alias_seq", sequenceName = "alias_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(name = "alias", nullable = false, length = 300)
    private String alias;

    @Column(name = "alias_key", nullable = false, length = 300)
    private String aliasKey;

    @Column(name = "canonical", nullable = false, length = 300)
    private String canonical;

    @Enumerated(EnumType.STRING)
    @Column(name = "type", nullable = false, length = 16)
    private EntityType type;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 16)
    private AliasKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "origin", nullable = false, length = 16)
    private KnowledgeOrigin origin;

    @Column(name = "note", length = 500)
    private String note;

    @Column(name = "changed_by", nullable = false, length = 64)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected Alias() {
        // for JPA
    }

    public Alias(String alias, String canonical, EntityType type, AliasKind kind, KnowledgeOrigin origin, String note,
                 String by, Instant at) {
        change(alias, canonical, type, kind, note, by, at);
        this.origin = Objects.requireNonNull(origin, "origin");
    }

    /** An admin changes the alias; it becomes theirs. */
    public void change(String newAlias, String newCanonical, EntityType newType, AliasKind newKind, String newNote,
                       String by, Instant at) {
        this.alias = required(newAlias, "alias");
        this.aliasKey = Names.fit(Names.key(newAlias), 300);
        this.canonical = required(newCanonical, "canonical name");
        this.type = Objects.requireNonNull(newType, "type");
        this.kind = Objects.requireNonNull(newKind, "kind");
        if (kind == AliasKind.DESCRIPTION && type != EntityType.PERSON) {
            throw new IllegalArgumentException("a description alias stands for a person who holds a title");
        }
        if (aliasKey.equals(Names.key(canonical)) && kind == AliasKind.NAME) {
            throw new IllegalArgumentException("\"" + newAlias + "\" is already the canonical name");
        }
        this.note = newNote == null || newNote.isBlank() ? null : Names.fit(newNote, 500);
        this.changedBy = Objects.requireNonNull(by, "by");
        this.changedAt = Objects.requireNonNull(at, "at");
        this.origin = KnowledgeOrigin.PERSON;
    }

    private static String required(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("the " + what + " must not be empty");
        }
        return Names.fit(value, 300);
    }

    public Long id() {
        return id;
    }

    public String alias() {
        return alias;
    }

    public String aliasKey() {
        return aliasKey;
    }

    public String canonical() {
        return canonical;
    }

    public EntityType type() {
        return type;
    }

    public AliasKind kind() {
        return kind;
    }

    public KnowledgeOrigin origin() {
        return origin;
    }

    public Optional<String> note() {
        return Optional.ofNullable(note);
    }

    public String changedBy() {
        return changedBy;
    }

    public Instant changedAt() {
        return changedAt;
    }
}
