package io.storyline.analysis.events;

import io.storyline.analysis.entities.DocumentEntity;

/** Where an event happened: a place entity of the document, and the words that name it. */
public record FoundPlace(DocumentEntity entity, int begin, int end) {

    public String name() {
        return entity.name();
    }
}
