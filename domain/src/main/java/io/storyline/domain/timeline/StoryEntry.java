package io.storyline.domain.timeline;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;
import java.util.Optional;

/**
 * What an editor decided about one entry of a story: whether it is in, how many reports it had when last reviewed,
 * and a corrected date, summary, note or hand-set position (for undated entries).
 */
@Embeddable
public class StoryEntry {

    @Column(name = "entry_key", nullable = false, length = 64)
    private String entryKey;

    @Column(name = "included", nullable = false)
    private boolean included;

    @Column(name = "seen_citations", nullable = false)
    private int seenCitations;

    @Column(name = "date_value", length = 100)
    private String dateValue;

    @Column(name = "summary", length = 500)
    private String summary;

    @Column(name = "note", length = 2000)
    private String note;

    @Column(name = "manual_order")
    private Integer manualOrder;

    protected StoryEntry() {
        // for JPA
    }

    StoryEntry(String entryKey, boolean included, int seenCitations) {
        this.entryKey = Objects.requireNonNull(entryKey, "entryKey");
        this.included = included;
        this.seenCitations = seenCitations;
    }

    void include(boolean in) {
        this.included = in;
    }

    void seen(int citations) {
        this.seenCitations = citations;
    }

    void correct(String newDateValue, String newSummary, String newNote, Integer newOrder) {
        this.dateValue = blankToNull(newDateValue, 100);
        this.summary = blankToNull(newSummary, 500);
        this.note = blankToNull(newNote, 2000);
        this.manualOrder = newOrder;
    }

    private static String blankToNull(String s, int max) {
        if (s == null || s.isBlank()) {
            return null;
        }
        String t = s.strip();
        return t.length() <= max ? t : t.substring(0, max);
    }

    public String entryKey() {
        return entryKey;
    }

    public boolean included() {
        return included;
    }

    public int seenCitations() {
        return seenCitations;
    }

    public Optional<String> dateValue() {
        return Optional.ofNullable(dateValue);
    }

    public Optional<String> summary() {
        return Optional.ofNullable(summary);
    }

    public Optional<String> note() {
        return Optional.ofNullable(note);
    }

    public Optional<Integer> manualOrder() {
        return Optional.ofNullable(manualOrder);
    }
}
