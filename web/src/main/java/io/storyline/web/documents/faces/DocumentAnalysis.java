package io.storyline.web.documents.faces;

import io.storyline.analysis.results.DocumentMention;
import io.storyline.domain.entity.Mention;
import io.storyline.domain.event.Event;
import io.storyline.domain.event.EventDate;
import io.storyline.domain.event.Participant;
import io.storyline.domain.time.TimeAnchor;
import io.storyline.domain.time.TimeExpression;
import io.storyline.web.documents.faces.TextMarkup.Span;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What analysis found in one document, as its page shows it: the text marked up with mentions, time expressions and
 * event triggers, and the side lists of entities and events.
 *
 * @param markup   the text as HTML in which all document text is escaped (see {@link TextMarkup}); null without text
 * @param entities each entity once, most mentioned first
 * @param events   in text order
 */
public record DocumentAnalysis(String markup, List<EntitySummary> entities, List<EventView> events, int times)
        implements Serializable {

    /** An entity of this document and how often it is mentioned in it. */
    public record EntitySummary(long id, String name, String type, long mentions) implements Serializable {
    }

    /** Someone taking part in an event, linked when they are a known entity. */
    public record ParticipantView(Long entityId, String name, String role) implements Serializable {
    }

    /**
     * An event: its type, the word that told it, who, where and when.
     *
     * @param unlisted why a reader would not list it ("repeat", "source", "topic"), or null when listed
     */
    public record EventView(String type, String typeName, String trigger, List<ParticipantView> who, Long placeId,
                            String where, String when, String whenSource, String modality, String unlisted)
            implements Serializable {
    }

    /**
     * @param typeNames    event type names by code, for the codes the taxonomy knows
     * @param entityPage   the address of the entity page without the id, e.g. {@code /ctx/entities/view.xhtml?id=}
     */
    static DocumentAnalysis of(String text, List<DocumentMention> mentions, List<TimeExpression> times,
                               List<Event> events, Map<String, String> typeNames, String entityPage) {
        return of(text, mentions, times, events, typeNames, entityPage, List.of());
    }

    /** As above, with the words a search matched marked too ({@code searchHits}: spans of class search-hit). */
    static DocumentAnalysis of(String text, List<DocumentMention> mentions, List<TimeExpression> times,
                               List<Event> events, Map<String, String> typeNames, String entityPage,
                               List<Span> searchHits) {
        List<Span> spans = new ArrayList<>(searchHits);
        Map<Long, EntitySummary> entities = new LinkedHashMap<>();
        for (DocumentMention dm : mentions) {
            Mention m = dm.mention();
            String name = dm.entity() == null ? m.text() : dm.entity().name();
            String type = m.type().name();
            entities.merge(m.entityId(), new EntitySummary(m.entityId(), name, type, 1),
                    (a, b) -> new EntitySummary(a.id(), a.name(), a.type(), a.mentions() + 1));
            String title = name + " \u00b7 " + type.toLowerCase(Locale.ROOT)
                    + (name.equals(m.text()) ? "" : " (here: \u201c" + m.text() + "\u201d)");
            spans.add(new Span(m.begin(), m.end(), "ent ent-" + type.toLowerCase(Locale.ROOT), title,
                    entityPage + m.entityId(), null));
        }
        for (TimeExpression t : times) {
            String value = t.value().orElse(null);
            String title = "Time (" + t.timexType() + "): " + (value == null ? "no value" : value)
                    + t.granularity().map(g -> ", " + g.name().toLowerCase(Locale.ROOT)).orElse("")
                    + anchor(t.anchoredTo());
            spans.add(new Span(t.begin(), t.end(), "time time-" + t.timexType(), title, null,
                    value == null ? t.timexType() : value));
        }
        List<EventView> views = new ArrayList<>();
        for (Event e : events) {
            EventView view = view(e, typeNames);
            views.add(view);
            String title = "Event: " + view.typeName()
                    + (view.who().isEmpty() ? "" : "\nWho: " + view.who().stream()
                            .map(p -> p.name() + " (" + p.role() + ")").collect(Collectors.joining(", ")))
                    + (view.where() == null ? "" : "\nWhere: " + view.where())
                    + (view.when() == null ? "" : "\nWhen: " + view.when() + " (" + view.whenSource() + ")");
            spans.add(new Span(e.triggerBegin(), e.triggerEnd(), "event event-" + e.typeCode(), title, null,
                    view.typeName()));
        }
        List<EntitySummary> byCount = entities.values().stream()
                .sorted(Comparator.comparingLong(EntitySummary::mentions).reversed()
                        .thenComparing(EntitySummary::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
        return new DocumentAnalysis(text == null ? null : TextMarkup.toHtml(text, spans), byCount, views, times.size());
    }

    private static EventView view(Event e, Map<String, String> typeNames) {
        List<ParticipantView> who = new ArrayList<>();
        for (Participant p : e.participants()) {
            who.add(new ParticipantView(p.entityId().orElse(null), p.name(), p.role().name().toLowerCase(Locale.ROOT)));
        }
        EventDate date = e.date().orElse(null);
        return new EventView(e.typeCode(), typeNames.getOrDefault(e.typeCode(), e.typeCode()), e.triggerText(), who,
                e.placeEntityId().orElse(null), e.placeName().orElse(null), date == null ? null : date.value(),
                date == null ? null : date.source().name().toLowerCase(Locale.ROOT).replace('_', ' '),
                e.modality().name().toLowerCase(Locale.ROOT),
                e.listed() ? null : e.listing().name().toLowerCase(Locale.ROOT));
    }

    private static String anchor(TimeAnchor anchor) {
        return switch (anchor) {
            case ABSOLUTE -> "";
            case PUBLICATION_DATE -> "; resolved against the publication date";
            case UPLOAD_DATE -> "; resolved against the upload date";
            case UNRESOLVED -> "; not resolved to a date";
        };
    }
}
