package io.storyline.analysis.entities;

import io.storyline.domain.entity.EntityType;
import java.util.List;

/**
 * One entity of a document and its mentions there.
 *
 * @param name    its canonical name: an alias's canonical name, else the fullest form the document uses
 * @param aliased whether the name came from the alias table (and so names the entity across documents for sure)
 */
public record DocumentEntity(EntityType type, String name, boolean aliased, List<FoundMention> mentions) {

    public DocumentEntity {
        mentions = List.copyOf(mentions);
    }
}
