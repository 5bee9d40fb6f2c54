package io.storyline.analysis.results;

import io.storyline.domain.entity.EntityType;
import java.io.Serializable;

/**
 * An entity mentioned in the same documents as another.
 *
 * @param sharedDocuments in how many documents both are mentioned
 */
public record RelatedEntity(long id, String name, EntityType type, long sharedDocuments) implements Serializable {
}
