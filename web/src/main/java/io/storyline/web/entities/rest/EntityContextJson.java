package io.storyline.web.entities.rest;

import io.storyline.analysis.results.EntityEvent;
import io.storyline.analysis.results.MentionInContext;
import io.storyline.analysis.results.RelatedEntity;
import io.storyline.domain.common.Page;
import java.util.List;

/**
 * The JSON shapes of what surrounds an entity (API.md, "Entities"): its mentions in their context, the entities
 * mentioned with it and its events. Text from documents is data: clients must escape it.
 */
public final class EntityContextJson {

    private EntityContextJson() {
    }

    /**
     * A mention with the words around it: {@code before + text + after} is what a reader sees, with "…" where the
     * sentence goes on.
     */
    public record MentionInContextJson(long documentId, String documentTitle, int begin, int end, String before,
                                       String text, String after) {
        public static MentionInContextJson of(MentionInContext m) {
            return new MentionInContextJson(m.documentId(), m.documentTitle(), m.begin(), m.end(), m.before(),
                    m.text(), m.after());
        }
    }

    public record MentionPageJson(List<MentionInContextJson> items, long total) {
        public static MentionPageJson of(Page<MentionInContext> page) {
            return new MentionPageJson(page.items().stream().map(MentionInContextJson::of).toList(), page.total());
        }
    }

    /** An entity mentioned in the same documents: in how many. */
    public record RelatedEntityJson(long id, String name, String type, long sharedDocuments) {
        public static RelatedEntityJson of(RelatedEntity r) {
            return new RelatedEntityJson(r.id(), r.name(), r.type().name(), r.sharedDocuments());
        }
    }

    /** An event of the entity: what, when, the entity's part in it ({@code PLACE} when it happens there), where told. */
    public record EntityEventJson(long id, String type, String typeName, String trigger, String sentence, String date,
                                  String dateDisplay, String role, long documentId, String documentTitle) {
        public static EntityEventJson of(EntityEvent e) {
            return new EntityEventJson(e.eventId(), e.type(), e.typeName(), e.trigger(), e.sentence(), e.date(),
                    e.dateDisplay(), e.role(), e.documentId(), e.documentTitle());
        }
    }

    public record EntityEventPageJson(List<EntityEventJson> items, long total) {
        public static EntityEventPageJson of(Page<EntityEvent> page) {
            return new EntityEventPageJson(page.items().stream().map(EntityEventJson::of).toList(), page.total());
        }
    }
}
