package io.storyline.web.knowledge.rest;

import io.storyline.analysis.knowledge.ImportReport;
import io.storyline.analysis.knowledge.TagTaxonomy;
import io.storyline.analysis.preview.EventTypePreview;
import io.storyline.domain.entity.Alias;
import io.storyline.domain.entity.GazetteerEntry;
import io.storyline.domain.event.EventType;
import io.storyline.web.documents.rest.TagJson;
import java.time.Instant;
import java.util.List;

/** The JSON of the knowledge admin endpoints: import reports, previews, tag categories. */
public final class KnowledgeJson {

    private KnowledgeJson() {
    }

    /** What an import did; {@code problems} holds the first 20, each "line N: what is wrong". */
    public record ImportJson(int added, int updated, int unchanged, int rejected, List<String> problems,
                             String summary) {

        public static ImportJson of(ImportReport r) {
            return new ImportJson(r.added(), r.updated(), r.unchanged(), r.rejected(), r.problems(), r.summary());
        }
    }

    /** A trigger in its sentence; {@code triggerBegin}/{@code triggerEnd} are offsets into {@code sentence}. */
    public record MatchJson(long documentId, String document, String type, String sentence, String trigger,
                            int triggerBegin, int triggerEnd) {

        static MatchJson of(EventTypePreview.Match m) {
            return new MatchJson(m.documentId(), m.document(), m.type(), m.sentence(), m.trigger(), m.triggerBegin(),
                    m.triggerEnd());
        }
    }

    public record PreviewJson(String code, List<MatchJson> added, List<MatchJson> removed, int addedTotal,
                              int removedTotal, int documentsLooked, int sentencesLooked, int documentsInSample,
                              boolean complete) {

        public static PreviewJson of(EventTypePreview.Result r) {
            return new PreviewJson(r.code(), r.added().stream().map(MatchJson::of).toList(),
                    r.removed().stream().map(MatchJson::of).toList(), r.addedTotal(), r.removedTotal(),
                    r.documentsLooked(), r.sentencesLooked(), r.documentsInSample(), r.complete());
        }
    }

    /** A category as the client writes it. */
    public record CategoryInput(String name, String description) {

        public static final String SHAPE = "Send \\{\"name\", \"description\"\\} as JSON.";
    }

    /** Which category a tag goes in; {@code null} for none. */
    public record AssignmentInput(Long category) {
    }

    public record AssignmentJson(String tag, Long category) {
    }

    public record CategoryJson(long id, String name, String description, List<TagJson.UseJson> tags) {

        public static CategoryJson of(TagTaxonomy.Category c) {
            return new CategoryJson(c.id(), c.name(), c.description(),
                    c.tags().stream().map(t -> new TagJson.UseJson(t.name(), t.documents())).toList());
        }
    }

    public record OverviewJson(List<CategoryJson> categories, List<TagJson.UseJson> uncategorised) {

        public static OverviewJson of(TagTaxonomy.Overview o) {
            return new OverviewJson(o.categories().stream().map(CategoryJson::of).toList(),
                    o.uncategorised().stream().map(t -> new TagJson.UseJson(t.name(), t.documents())).toList());
        }
    }

    public record AliasJson(long id, String alias, String canonical, String type, String kind, String origin,
                            String note, String changedBy, Instant changedAt) {
        public static AliasJson of(Alias a) {
            return new AliasJson(a.id(), a.alias(), a.canonical(), a.type().name(), a.kind().name(), a.origin().name(),
                    a.note().orElse(null), a.changedBy(), a.changedAt());
        }
    }

    public record NameJson(long id, String name, String type, boolean caseSensitive, String origin, String note,
                           String changedBy, Instant changedAt) {
        public static NameJson of(GazetteerEntry g) {
            return new NameJson(g.id(), g.name(), g.type().name(), g.caseSensitive(), g.origin().name(),
                    g.note().orElse(null), g.changedBy(), g.changedAt());
        }
    }

    public record EventTypeJson(String code, String name, String description, List<String> triggers,
                                List<String> patterns, boolean enabled, String origin, String changedBy,
                                Instant changedAt) {
        public static EventTypeJson of(EventType t) {
            return new EventTypeJson(t.code(), t.name(), t.description().orElse(null), t.triggers(), t.patterns(),
                    t.enabled(), t.origin().name(), t.changedBy(), t.changedAt());
        }
    }
}
