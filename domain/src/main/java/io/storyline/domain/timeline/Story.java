package io.storyline.domain.timeline;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A saved timeline: the question it asks of the archive (entity, words, document, dates), a title and a note, and
 * what an editor decided about its entries. The entries themselves are computed from the stored events every time,
 * so a story grows when new documents bring new events; those show as new until the editor reviews them.
 */
@Entity
@Table(name = "story")
public class Story {

    public static final int MAX_TITLE = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "story_seq")
    @SequenceGenerator(name = "story_seq", sequenceName = "story_seq", allocationSize = 50)
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "title", nullable = false, length = MAX_TITLE)
    private String title;

    @Column(name = "entity_id")
    private Long entityId;

    @Column(name = "query_text", length = 500)
    private String queryText;

    @Column(name = "document_id")
    private Long documentId;

    @Column(name = "tag", length = 100)
    private String tag;

    @Column(name = "from_date")
    private LocalDate fromDate;

    @Column(name = "to_date")
    private LocalDate toDate;

    @Column(name = "note", length = 4000)
    private String note;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    @Column(name = "reviewed_by", length = 64)
    private String reviewedBy;

    @Column(name = "published_at")
    private Instant publishedAt;

    @ElementCollection
    @CollectionTable(name = "story_entry", joinColumns = @JoinColumn(name = "story_id"))
    private List<StoryEntry> entries = new ArrayList<>();

    protected Story() {
        // for JPA
    }

    /**
     * @throws IllegalArgumentException when the title is blank or the story asks for nothing
     */
    public Story(String title, String note, TimelineFilter filter, String by, Instant at) {
        retitle(title, note, at);
        if (filter.isEmpty()) {
            throw new IllegalArgumentException("a story follows an entity, words, a document or a date range;"
                    + " give at least one");
        }
        this.entityId = filter.entityId();
        this.queryText = filter.query();
        this.documentId = filter.documentId();
        this.fromDate = filter.from();
        this.toDate = filter.to();
        this.tag = filter.tag();
        this.createdBy = Objects.requireNonNull(by, "by");
        this.createdAt = Objects.requireNonNull(at, "at");
    }

    /** Changes the title and the note. */
    public void retitle(String newTitle, String newNote, Instant at) {
        if (newTitle == null || newTitle.isBlank()) {
            throw new IllegalArgumentException("a story needs a title");
        }
        String t = newTitle.strip();
        this.title = t.length() <= MAX_TITLE ? t : t.substring(0, MAX_TITLE);
        this.note = newNote == null || newNote.isBlank() ? null
                : (newNote.strip().length() <= 4000 ? newNote.strip() : newNote.strip().substring(0, 4000));
        this.updatedAt = Objects.requireNonNull(at, "at");
    }

    /**
     * Whether this person may change, review, publish or delete the story: the editor who made it, or an admin.
     * Everyone else who may read stories reads it.
     */
    public boolean changeableBy(String user, boolean admin) {
        return admin || createdBy.equals(user);
    }

    /** The question the story asks of the archive. */
    public TimelineFilter filter() {
        return new TimelineFilter(entityId, queryText, documentId, fromDate, toDate, tag);
    }

    public Optional<StoryEntry> entry(String key) {
        return entries.stream().filter(e -> e.entryKey().equals(key)).findFirst();
    }

    private StoryEntry entryOrNew(String key, int citations) {
        return entry(key).orElseGet(() -> {
            StoryEntry created = new StoryEntry(key, true, citations);
            entries.add(created);
            return created;
        });
    }

    /** Picks ({@code true}) or drops an entry. */
    public void include(String key, boolean in, int citations, Instant at) {
        entryOrNew(key, citations).include(in);
        this.updatedAt = at;
    }

    /** Corrects an entry's date (a TIMEX3 value, checked by the caller), summary, note and hand-set position. */
    public void correct(String key, int citations, String dateValue, String summary, String entryNote,
                        Integer order, Instant at) {
        entryOrNew(key, citations).correct(dateValue, summary, entryNote, order);
        this.updatedAt = at;
    }

    /**
     * The editor has seen the story as it is now: entries not decided yet go in, and every entry's count of
     * reports is remembered, so later additions show as new.
     *
     * @param citations the current entries' keys and their number of reports
     */
    public void review(Map<String, Integer> citations, String by, Instant at) {
        citations.forEach((key, count) -> entryOrNew(key, count).seen(count));
        this.reviewedAt = Objects.requireNonNull(at, "at");
        this.reviewedBy = Objects.requireNonNull(by, "by");
        this.updatedAt = at;
    }

    /** The story was exported for publication. */
    public void published(Instant at) {
        this.publishedAt = Objects.requireNonNull(at, "at");
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public String title() {
        return title;
    }

    public Optional<String> note() {
        return Optional.ofNullable(note);
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Optional<Instant> reviewedAt() {
        return Optional.ofNullable(reviewedAt);
    }

    public Optional<String> reviewedBy() {
        return Optional.ofNullable(reviewedBy);
    }

    public Optional<Instant> publishedAt() {
        return Optional.ofNullable(publishedAt);
    }

    public List<StoryEntry> entries() {
        return List.copyOf(entries);
    }
}
