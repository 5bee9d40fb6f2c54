package io.storyline.analysis.timeline;

import java.util.List;

/**
 * Entries in time order, dated ones first, then the undated lane in document and text order.
 *
 * @param events    how many stored events the entries come from
 * @param truncated whether more events matched than a timeline reads (the limit is configurable)
 */
public record Timeline(List<TimelineEntry> entries, int events, boolean truncated) {

    public Timeline {
        entries = List.copyOf(entries);
    }

    public List<TimelineEntry> dated() {
        return entries.stream().filter(TimelineEntry::dated).toList();
    }

    public List<TimelineEntry> undated() {
        return entries.stream().filter(e -> !e.dated()).toList();
    }
}
