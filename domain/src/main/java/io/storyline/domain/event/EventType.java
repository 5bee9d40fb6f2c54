package io.storyline.domain.event;

import io.storyline.domain.entity.KnowledgeOrigin;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A kind of event in the taxonomy, and how to find it. Triggers are lemmas, optionally limited to verbs or nouns
 * ({@code meet/V}, {@code meeting/N}, {@code talks}), separated by commas. Patterns are lemma sequences, one per
 * line, where {@code *} stands for any one word ({@code carry out * operation}, {@code open fire}).
 */
@Entity
@Table(name = "event_type")
public class EventType {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,63}");
    private static final Pattern TRIGGER = Pattern.compile("[\\p{L}][\\p{L}'\\-]*(/[VNA])?");
    private static final Pattern PATTERN_WORD = Pattern.compile("\\*|[\\p{L}\\p{N}][\\p{L}\\p{N}'\\-.]*");
    private static final int MAX_PATTERN_WORDS = 8;
    private static final int MAX_STORED = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "event_type_seq")
    @SequenceGenerator(name = "event_type_seq", sequenceName = "event_type_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(name = "code", nullable = false, unique = true, length = 64)
    private String code;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Column(name = "description", length = 2000)
    private String description;

    @Column(name = "triggers", nullable = false, length = 4000)
    private String triggers;

    @Column(name = "patterns", length = 4000)
    private String patterns;

    @Column(name = "enabled", nullable = false)
    private boolean enabled;

    @Enumerated(EnumType.STRING)
    @Column(name = "origin", nullable = false, length = 16)
    private KnowledgeOrigin origin;

    @Column(name = "changed_by", nullable = false, length = 64)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected EventType() {
        // for JPA
    }

    public EventType(String code, String name, String description, String triggers, String patterns,
                     KnowledgeOrigin origin, String by, Instant at) {
        String c = Objects.requireNonNull(code, "code").strip().toUpperCase(Locale.ROOT);
        if (!CODE.matcher(c).matches()) {
            throw new IllegalArgumentException("\"" + code + "\" is not an event type code: use capital letters,"
                    + " digits and _, like MEETING or MILITARY_OPERATION");
        }
        this.code = c;
        this.enabled = true;
        change(name, description, triggers, patterns, by, at);
        this.origin = Objects.requireNonNull(origin, "origin");
    }

    /**
     * An admin changes the type; it becomes theirs.
     *
     * @throws IllegalArgumentException naming the trigger or pattern that cannot be read
     */
    public void change(String newName, String newDescription, String newTriggers, String newPatterns, String by,
                       Instant at) {
        if (newName == null || newName.isBlank()) {
            throw new IllegalArgumentException("an event type needs a name");
        }
        List<String> t = split(newTriggers, ",");
        List<String> p = split(newPatterns, "\n");
        if (t.isEmpty() && p.isEmpty()) {
            throw new IllegalArgumentException("an event type needs at least one trigger word or pattern");
        }
        for (String trigger : t) {
            if (!TRIGGER.matcher(trigger).matches()) {
                throw new IllegalArgumentException("\"" + trigger + "\" is not a trigger: write a word's lemma,"
                        + " optionally with /V (verb), /N (noun) or /A (adjective), like meet/V");
            }
        }
        for (String pattern : p) {
            checkPattern(pattern);
        }
        if (String.join(", ", t).length() > MAX_STORED || String.join("\n", p).length() > MAX_STORED) {
            throw new IllegalArgumentException("the triggers and the patterns each hold at most " + MAX_STORED
                    + " characters");
        }
        this.name = cut(newName.strip(), 200);
        this.description = newDescription == null || newDescription.isBlank() ? null : cut(newDescription.strip(), 2000);
        this.triggers = cut(String.join(", ", t), 4000);
        this.patterns = p.isEmpty() ? null : cut(String.join("\n", p), 4000);
        this.changedBy = Objects.requireNonNull(by, "by");
        this.changedAt = Objects.requireNonNull(at, "at");
        this.origin = KnowledgeOrigin.PERSON;
    }

    private static void checkPattern(String pattern) {
        String[] words = pattern.split("\\s+");
        if (words.length < 2) {
            throw new IllegalArgumentException("\"" + pattern + "\" is not a pattern: write two or more"
                    + " lemmas separated by spaces, * for any one word, like open fire");
        }
        if (words.length > MAX_PATTERN_WORDS) {
            throw new IllegalArgumentException("\"" + pattern + "\" is not a pattern: write at most "
                    + MAX_PATTERN_WORDS + " words");
        }
        if (words[0].equals("*")) {
            throw new IllegalArgumentException("\"" + pattern + "\" is not a pattern: it must start with a word,"
                    + " not *");
        }
        for (String word : words) {
            if (!PATTERN_WORD.matcher(word).matches()) {
                throw new IllegalArgumentException("\"" + pattern + "\" is not a pattern: \"" + word + "\" is"
                        + " neither a word (letters, digits, ' - .) nor *");
            }
        }
    }

    public void enable(boolean on, String by, Instant at) {
        this.enabled = on;
        this.changedBy = Objects.requireNonNull(by, "by");
        this.changedAt = Objects.requireNonNull(at, "at");
    }

    private static List<String> split(String value, String separator) {
        if (value == null) {
            return List.of();
        }
        return Arrays.stream(value.split(separator)).map(s -> s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT)
                .replace("/v", "/V").replace("/n", "/N").replace("/a", "/A")).filter(s -> !s.isEmpty()).distinct()
                .toList();
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public Optional<String> description() {
        return Optional.ofNullable(description);
    }

    public List<String> triggers() {
        return split(triggers, ",");
    }

    public List<String> patterns() {
        return split(patterns, "\n");
    }

    public boolean enabled() {
        return enabled;
    }

    public KnowledgeOrigin origin() {
        return origin;
    }

    public String changedBy() {
        return changedBy;
    }

    public Instant changedAt() {
        return changedAt;
    }
}
