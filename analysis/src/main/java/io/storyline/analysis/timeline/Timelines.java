package io.storyline.analysis.timeline;

import io.storyline.domain.timeline.EventLinkKind;
import io.storyline.domain.timeline.TimelineFilter;
import java.util.List;

/**
 * Timelines over the stored events, editors' merges and splits, and saved stories. Problems are
 * {@link io.storyline.analysis.AnalysisProblem}s: NOT_FOUND, INVALID (with what to change) or CONFLICT.
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

    StoryView retitle(long id, String title, String note);

    StoryView editEntry(long id, String entryKey, EntryEdit edit);

    /** The editor has seen the story as it is now (new entries go in). */
    StoryView review(long id, String user);

    /** The story was exported for publication; answers it as exported. */
    StoryView publish(long id);

    void deleteStory(long id);
}
