package io.storyline.web.entities.rest;

import io.storyline.analysis.results.EntityDetail;
import io.storyline.domain.entity.EntityRepository.EntityCount;
import io.storyline.domain.entity.NamedEntity;
import java.util.List;

/** The JSON shapes of entities (API.md, "Entities"). */
public final class EntitiesJson {

    private EntitiesJson() {
    }

    /** An entity in a list: its counts across the archive. */
    public record EntityJson(long id, String name, String type, long mentions, long documents) {
        public static EntityJson of(EntityCount c) {
            return new EntityJson(c.entity().id(), c.entity().name(), c.entity().type().name(), c.mentions(),
                    c.documents());
        }
    }

    public record EntityPageJson(List<EntityJson> items, long total) {
    }

    public record EntityMentionJson(long documentId, int begin, int end, String text) {
    }

    /** One entity: {@code mergedInto} names the entity that now stands for it, if an editor merged it. */
    public record EntityDetailJson(long id, String name, String type, List<String> aliases, long mentions,
                                   long documents, long events, Long mergedInto, List<EntityMentionJson> recentMentions) {
        public static EntityDetailJson of(EntityDetail d) {
            NamedEntity e = d.entity();
            return new EntityDetailJson(e.id(), e.name(), e.type().name(), d.aliases(), d.mentionCount(),
                    d.documentCount(), d.eventCount(), e.mergedInto().orElse(null),
                    d.mentions().stream().map(m -> new EntityMentionJson(m.documentId(), m.begin(), m.end(), m.text()))
                            .toList());
        }
    }
}
