package io.storyline.analysis.timeline;

import io.storyline.domain.timeline.TimelineFilter;
import java.time.Instant;
import java.util.List;

/**
 * A saved story as it stands now: its question, its entries (computed afresh, with the editor's choices) and what
 * is new since the last review.
 */
public record StoryView(long id, long version, String title, String note, TimelineFilter filter, String createdBy,
        Instant createdAt, Instant updatedAt, Instant reviewedAt, String reviewedBy, Instant publishedAt,
        List<StoryItem> items, int events, boolean truncated) {

    public StoryView {
        items = List.copyOf(items);
    }

    /** Entries that came, or got new reports, since the last review. */
    public long changedSinceReview() {
        return items.stream().filter(i -> i.status() != StoryItem.Status.REVIEWED).count();
    }

    /** What gets published: entries that are in and have been reviewed, in story order. */
    public List<StoryItem> published() {
        return items.stream().filter(i -> i.included() && i.status() != StoryItem.Status.NEW).toList();
    }
}
