package io.storyline.analysis.timeline;

/**
 * A timeline entry as a story shows it: with the editor's corrections applied (date, summary), whether it is in,
 * and whether it is new or has new reports since the story was last reviewed.
 *
 * @param entry         the entry, corrected
 * @param machineDate   the date the sources gave, when the editor changed it; else null
 * @param machineSummary the summary the machine wrote, when the editor changed it; else null
 * @param manualOrder   the editor's position for an undated entry, or null
 */
public record StoryItem(TimelineEntry entry, boolean included, Status status, String note, Integer manualOrder,
        EntryDate machineDate, String machineSummary) {

    /** What changed since the editor last reviewed the story. */
    public enum Status {
        /** Not there at the last review: left out of exports until the editor picks it. */
        NEW,
        /** More reports than at the last review. */
        MORE_REPORTS,
        /** As reviewed. */
        REVIEWED
    }
}
