package io.storyline.analysis.timeline;

/**
 * An editor's change to one story entry; a null field leaves that part as it is, an empty text clears a correction.
 *
 * @param included pick ({@code true}) or drop the entry
 * @param date     a corrected date as a TIMEX3 value ("2024-04-04", "2024-05", "2024")
 * @param order    a position among the undated entries (1 first)
 */
public record EntryEdit(Boolean included, String date, String summary, String note, Integer order) {}
