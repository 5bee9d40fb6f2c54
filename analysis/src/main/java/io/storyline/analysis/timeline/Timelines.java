package io.storyline.analysis.timeline;

import io.storyline.domain.timeline.EventLinkKind;
import io.storyline.domain.timeline.TimelineFilter;
import java.util.List;

/**
 * Timelines over the stored events, editors' merges and splits, and saved stories. Problems are
 * {@link io.storyline.analysis.AnalysisProblem}s: NOT_FOUND, INVALID (with what to change), CONFLICT, or FORBIDDEN
 * when a story is changed by someone other than its owner or an admin.
 *
 * <p>A story belongs to the editor who saved it: only they or an admin ({@code admin} true) change, review, publish
 * or delete it; everyone else reads it.
 */
public interface Timelines {

    /** The timeline the filter asks for; an empty filter is refused (a whole archive is not a timeline). */
    Timeline timeline(TimelineFilter filter);

    /**
     * Records that two reports are (SAME) or are not (DIFFERENT) the same event; holds across re-analysis.
     *
     * @param a an event key, {@code <document>:<begin>-<end>}
     */
    void link(String a, String b, EventLinkKind kind, String reason, String user);

    /** Separates one report from the other reports of its entry in the timeline {@code filter} gives. */
    void split(String eventKey, TimelineFilter filter, String reason, String user);

    StoryView createStory(String title, String note, TimelineFilter filter, String user);

    List<StorySummary> stories();

    StoryView story(long id);

    StoryView retitle(long id, String title, String note, String user, boolean admin);

    StoryView editEntry(long id, String entryKey, EntryEdit edit, String user, boolean admin);

    /** The editor has seen the story as it is now (new entries go in). */
    StoryView review(long id, String user, boolean admin);

    /**
     * Records that the story is published now and answers it as published (its included, reviewed entries). Reading
     * a story, or previewing its export, records nothing.
     */
    StoryView publish(long id, String user, boolean admin);

    /** Deletes the story; answers it as it was. */
    StoryView deleteStory(long id, String user, boolean admin);
}
