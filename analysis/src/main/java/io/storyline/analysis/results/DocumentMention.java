package io.storyline.analysis.results;

import io.storyline.domain.entity.Mention;
import io.storyline.domain.entity.NamedEntity;

/** A mention with the entity it refers to. */
public record DocumentMention(Mention mention, NamedEntity entity) {
}
