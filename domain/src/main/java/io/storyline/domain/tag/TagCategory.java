package io.storyline.domain.tag;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.text.Normalizer;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A group of topic tags in the taxonomy ("Topic", "Region", "Desk"). A tag is in at most one category; a tag in
 * none is "uncategorised". Names are unique regardless of case and spacing.
 */
@Entity
@Table(name = "tag_category")
public class TagCategory {

    public static final int MAX_NAME = 100;
    public static final int MAX_DESCRIPTION = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "tag_category_seq")
    @SequenceGenerator(name = "tag_category_seq", sequenceName = "tag_category_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(name = "name", nullable = false, length = MAX_NAME)
    private String name;

    @Column(name = "name_key", nullable = false, length = MAX_NAME)
    private String nameKey;

    @Column(name = "description", length = MAX_DESCRIPTION)
    private String description;

    @Column(name = "changed_by", nullable = false, length = 64)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected TagCategory() {
        // for JPA
    }

    public TagCategory(String name, String description, String by, Instant at) {
        change(name, description, by, at);
    }

    /**
     * Renames the category or changes its description.
     *
     * @throws IllegalArgumentException saying what is wrong with the name or description
     */
    public void change(String newName, String newDescription, String by, Instant at) {
        String n = newName == null ? "" : Normalizer.normalize(newName, Normalizer.Form.NFC).strip()
                .replaceAll("\\s+", " ");
        if (n.isEmpty()) {
            throw new IllegalArgumentException("a tag category needs a name");
        }
        if (n.length() > MAX_NAME) {
            throw new IllegalArgumentException("a tag category's name has at most " + MAX_NAME + " characters");
        }
        if (n.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("a tag category's name cannot hold control characters");
        }
        String d = newDescription == null || newDescription.isBlank() ? null : newDescription.strip();
        if (d != null && d.length() > MAX_DESCRIPTION) {
            throw new IllegalArgumentException("a tag category's description has at most " + MAX_DESCRIPTION
                    + " characters");
        }
        this.name = n;
        this.nameKey = key(n);
        this.description = d;
        this.changedBy = Objects.requireNonNull(by, "by");
        this.changedAt = Objects.requireNonNull(at, "at");
    }

    /** The key two spellings of one category name share. */
    public static String key(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
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

    public Optional<String> description() {
        return Optional.ofNullable(description);
    }

    public String changedBy() {
        return changedBy;
    }

    public Instant changedAt() {
        return changedAt;
    }
}
