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
 * A name to recognise as an entity of a type even where the statistical recogniser misses it or types it wrong:
 * news outlets ("Al Mayadeen"), platforms ("X"), transliterated place names ("Khan Younis"). A gazetteer match
 * wins over the recogniser where they overlap.
 */
@Entity
@Table(name = "gazetteer_entry")
public class GazetteerEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "gazetteer_seq")
    @SequenceGenerator(name = "gazetteer_seq", sequenceName = "gazetteer_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(name = "name", nullable = false, length = 300)
    private String name;

    @Column(name = "name_key", nullable = false, length = 300)
    private String nameKey;

    @Enumerated(EnumType.STRING)
    @Column(name = "type", nullable = false, length = 16)
    private EntityType type;

    @Column(name = "case_sensitive", nullable = false)
    private boolean caseSensitive;

    @Enumerated(EnumType.STRING)
    @Column(name = "origin", nullable = false, length = 16)
    private KnowledgeOrigin origin;

    @Column(name = "note", length = 500)
    private String note;

    @Column(name = "changed_by", nullable = false, length = 64)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected GazetteerEntry() {
        // for JPA
    }

    public GazetteerEntry(String name, EntityType type, boolean caseSensitive, KnowledgeOrigin origin, String note,
                          String by, Instant at) {
        change(name, type, caseSensitive, note, by, at);
        this.origin = Objects.requireNonNull(origin, "origin");
    }

    /** An admin changes the entry; it becomes theirs. */
    public void change(String newName, EntityType newType, boolean newCaseSensitive, String newNote, String by,
                       Instant at) {
        if (newName == null || newName.isBlank()) {
            throw new IllegalArgumentException("a gazetteer entry needs a name");
        }
        this.name = Names.fit(newName, 300);
        this.nameKey = Names.fit(Names.key(newName), 300);
        this.type = Objects.requireNonNull(newType, "type");
        this.caseSensitive = newCaseSensitive;
        this.note = newNote == null || newNote.isBlank() ? null : Names.fit(newNote, 500);
        this.changedBy = Objects.requireNonNull(by, "by");
        this.changedAt = Objects.requireNonNull(at, "at");
        this.origin = KnowledgeOrigin.PERSON;
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String nameKey() {
        return nameKey;
    }

    public EntityType type() {
        return type;
    }

    public boolean caseSensitive() {
        return caseSensitive;
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
