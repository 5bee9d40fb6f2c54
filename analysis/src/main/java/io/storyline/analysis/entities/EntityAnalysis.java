package io.storyline.analysis.entities;

import java.util.List;
import java.util.Optional;

/** The entities of a document, with a way to find which one a token belongs to. */
public record EntityAnalysis(List<DocumentEntity> entities) {

    public EntityAnalysis {
        entities = List.copyOf(entities);
    }

    /** An entity and the mention of it that covers a token. */
    public record Located(DocumentEntity entity, FoundMention mention) {
    }

    /** The entity mentioned at token {@code token} of sentence {@code sentence}, if any. */
    public Optional<Located> at(int sentence, int token) {
        for (DocumentEntity e : entities) {
            for (FoundMention m : e.mentions()) {
                if (m.covers(sentence, token)) {
                    return Optional.of(new Located(e, m));
                }
            }
        }
        return Optional.empty();
    }

    /** Every mention, in text order. */
    public List<FoundMention> mentions() {
        return entities.stream().flatMap(e -> e.mentions().stream())
                .sorted(java.util.Comparator.comparingInt(FoundMention::begin)).toList();
    }
}
