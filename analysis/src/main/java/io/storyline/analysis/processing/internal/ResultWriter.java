package io.storyline.analysis.processing.internal;

import io.storyline.analysis.entities.CrossDocumentResolver;
import io.storyline.analysis.entities.DocumentEntity;
import io.storyline.analysis.entities.FoundMention;
import io.storyline.analysis.events.FoundEvent;
import io.storyline.analysis.events.FoundParticipant;
import io.storyline.analysis.language.AnnotatedText;
import io.storyline.analysis.language.Sentence;
import io.storyline.analysis.pipeline.DocumentAnalysis;
import io.storyline.analysis.times.FoundTime;
import io.storyline.domain.curation.Decision;
import io.storyline.domain.curation.DecisionKind;
import io.storyline.domain.curation.DecisionRepository;
import io.storyline.domain.curation.EventParticipants;
import io.storyline.domain.entity.EntityRepository;
import io.storyline.domain.entity.Mention;
import io.storyline.domain.entity.NamedEntity;
import io.storyline.domain.event.Event;
import io.storyline.domain.event.EventDate;
import io.storyline.domain.event.EventRepository;
import io.storyline.domain.event.Participant;
import io.storyline.domain.time.TimeExpression;
import io.storyline.domain.time.TimeExpressionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Replaces a document's machine results with a new analysis, in the caller's transaction, and applies what people
 * decided about it on top: a rejected mention or event stays away, a linked or retyped mention keeps its entity, a
 * retyped, redated or re-placed event keeps its type, date or place, an event's participants stay as a person gave
 * them, an accepted one stays accepted. What people added themselves is never touched. Which archive entity a found
 * name stands for is the {@link CrossDocumentResolver}'s to say.
 */
@ApplicationScoped
public class ResultWriter {

    @Inject
    EntityRepository entities;

    @Inject
    TimeExpressionRepository times;

    @Inject
    EventRepository events;

    @Inject
    DecisionRepository decisions;

    @Inject
    CrossDocumentResolver resolver;

    /** What was written, for the document's history. */
    record Written(int entities, int mentions, int times, int events, int decisionsApplied) {
        String summary() {
            return entities + " entit" + (entities == 1 ? "y" : "ies") + " (" + mentions + " mention(s)), " + times
                    + " time expression(s), " + events + " event(s)"
                    + (decisionsApplied > 0 ? ", " + decisionsApplied + " decision(s) by people re-applied" : "");
        }
    }

    /** Removes the machine's results for a document (before it is analysed again or skipped). */
    void clear(long documentId) {
        entities.deleteMachineMentions(documentId);
        times.deleteOfDocument(documentId);
        events.deleteOfDocument(documentId);
    }

    Written write(long documentId, DocumentAnalysis analysis) {
        clear(documentId);
        List<Decision> decided = decisions.activeFor(documentId);
        Map<String, Decision> onSpans = new HashMap<>();
        Map<String, List<Decision>> onEvents = new HashMap<>();
        for (Decision d : decided) {
            if (d.kind().aboutEvent()) {
                onEvents.computeIfAbsent(d.begin() + ":" + d.end(), k -> new ArrayList<>()).add(d);
            } else if (d.kind().aboutMention()) {
                onSpans.put(d.begin() + ":" + d.end(), d);
            }
        }
        List<Mention> personMentions = entities.mentionsOf(documentId);
        int applied = 0;

        Map<DocumentEntity, NamedEntity> canonical = new IdentityHashMap<>();
        int mentionCount = 0;
        for (DocumentEntity found : analysis.entities().entities()) {
            NamedEntity entity = null;
            for (FoundMention m : found.mentions()) {
                if (personMentions.stream().anyMatch(p -> p.begin() == m.begin() && p.end() == m.end())) {
                    continue; // a person's own mention at this span wins
                }
                Decision d = onSpans.get(m.begin() + ":" + m.end());
                if (d != null && d.kind() == DecisionKind.REJECT_MENTION) {
                    applied++;
                    continue;
                }
                if (entity == null) {
                    entity = canonical.computeIfAbsent(found, f -> resolver.resolve(f.type(), f.name()));
                }
                Mention mention = new Mention(documentId, entity.id(), m.begin(), m.end(), m.text(), m.type(),
                        m.sentence(), m.source());
                if (d != null && (d.kind() == DecisionKind.LINK_MENTION || d.kind() == DecisionKind.RETYPE_MENTION)
                        && d.entityId().isPresent()) {
                    Optional<NamedEntity> target = entities.find(d.entityId().get()).map(this::current);
                    if (target.isPresent()) {
                        mention.linkTo(target.get());
                        applied++;
                    }
                } else if (d != null && d.kind() == DecisionKind.ACCEPT_MENTION) {
                    mention.accept();
                    applied++;
                }
                entities.saveMention(mention);
                mentionCount++;
            }
        }

        int timeCount = 0;
        for (FoundTime t : analysis.times()) {
            if (t.end() > t.begin()) {
                times.save(new TimeExpression(documentId, t.begin(), t.end(), t.text(), t.sentence(), t.type(),
                        t.value(), t.anchor()));
                timeCount++;
            }
        }

        int eventCount = 0;
        AnnotatedText text = analysis.text();
        for (FoundEvent e : analysis.events()) {
            List<Decision> onEvent = onEvents.getOrDefault(e.begin() + ":" + e.end(), List.of());
            if (onEvent.stream().anyMatch(d -> d.kind() == DecisionKind.REJECT_EVENT)) {
                applied++;
                continue;
            }
            Sentence s = text.sentences().get(e.sentence());
            Event event = new Event(documentId, e.type(), e.trigger(), e.begin(), e.end(), s.index(), s.begin(), s.end(),
                    text.span(s.begin(), s.end()), e.modality(), e.confidence());
            event.listAs(e.listing()); // every report is kept; the page and the timeline list one per happening
            for (FoundParticipant p : e.participants()) {
                NamedEntity entity = p.entity() == null ? null : canonical.get(p.entity());
                event.addParticipant(new Participant(entity == null ? null : entity.id(),
                        entity == null ? p.name() : entity.name(), p.role()));
            }
            if (e.place() != null) {
                NamedEntity place = canonical.get(e.place().entity());
                event.placeAt(place == null ? null : place.id(), place == null ? e.place().name() : place.name());
            }
            if (e.date() != null) {
                try {
                    event.dateAt(EventDate.of(e.date().value(), e.date().source(), e.date().text()));
                } catch (IllegalArgumentException notADate) {
                    // a value such as PRESENT_REF names no interval: the event stays undated
                }
            }
            for (Decision d : onEvent) {
                applied += applyToEvent(event, d) ? 1 : 0;
            }
            events.save(event);
            eventCount++;
        }
        return new Written(canonical.size(), mentionCount, timeCount, eventCount, applied);
    }

    private boolean applyToEvent(Event event, Decision d) {
        switch (d.kind()) {
            case ACCEPT_EVENT -> event.accept();
            case RETYPE_EVENT -> d.typeValue().ifPresent(event::retype);
            case DATE_EVENT -> d.dateValue().ifPresent(event::redate);
            case PLACE_EVENT -> {
                Optional<NamedEntity> place = d.entityId().flatMap(entities::find).map(this::current);
                event.replacePlace(place.map(NamedEntity::id).orElse(null),
                        place.map(NamedEntity::name).orElse(d.detailValue().orElse(null)));
            }
            case PARTICIPANTS_EVENT -> event.replaceParticipants(EventParticipants.decode(d.detailValue().orElse(""))
                    .stream().map(this::current).toList());
            default -> {
                return false;
            }
        }
        return true;
    }

    /** The participant, naming the entity that now stands for its entity (merges followed). */
    private Participant current(Participant p) {
        if (p.entityId().isEmpty()) {
            return p;
        }
        return entities.find(p.entityId().get()).map(this::current)
                .map(e -> new Participant(e.id(), e.name(), p.role())).orElse(p);
    }

    /** Follows merges to the entity that now stands for this one. */
    private NamedEntity current(NamedEntity entity) {
        return entities.current(entity);
    }
}
