package io.storyline.web.documents.rest;

import io.storyline.domain.document.Sighting;
import java.time.Instant;

/** One arrival of a document's bytes: the first made the document, later ones are duplicates. */
public record SightingJson(String filename, String path, String publisher, String channel, Long containerId,
                           Long importItemId, boolean duplicate, String seenBy, Instant seenAt) {

    static SightingJson of(Sighting s) {
        return new SightingJson(s.filename(), s.path().orElse(null), s.publisher().orElse(null), s.channel().name(),
                s.containerId().orElse(null), s.importItemId().orElse(null), s.duplicate(), s.seenBy(), s.seenAt());
    }
}
