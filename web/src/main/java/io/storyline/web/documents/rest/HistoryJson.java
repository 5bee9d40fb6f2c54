package io.storyline.web.documents.rest;

import io.storyline.domain.document.HistoryEntry;
import java.time.Instant;

/** One step of a document's processing history. */
public record HistoryJson(Instant at, String step, String actor, String detail) {

    static HistoryJson of(HistoryEntry entry) {
        return new HistoryJson(entry.at(), entry.step().name(), entry.actor(), entry.detail().orElse(null));
    }
}
