package io.storyline.analysis.timeline;

import java.util.List;

/** A date the sources give an entry, and the documents that give it. */
public record DateReport(EntryDate date, List<Long> documents) {

    public DateReport {
        documents = List.copyOf(documents);
    }
}
