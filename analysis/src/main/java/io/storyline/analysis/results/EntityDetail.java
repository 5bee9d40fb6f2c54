package io.storyline.analysis.results;

import io.storyline.domain.entity.Mention;
import io.storyline.domain.entity.NamedEntity;
import java.util.List;

/**
 * One entity as people look it up.
 *
 * @param aliases  other names it goes by: the alias table's entries for it and the words of its mentions
 * @param mentions a sample of its mentions, newest documents first
 */
public record EntityDetail(NamedEntity entity, long mentionCount, long documentCount, long eventCount,
                           List<String> aliases, List<Mention> mentions) {

    public EntityDetail {
        aliases = List.copyOf(aliases);
        mentions = List.copyOf(mentions);
    }
}
