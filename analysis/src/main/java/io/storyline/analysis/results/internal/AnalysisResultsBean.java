package io.storyline.analysis.results.internal;

import io.storyline.analysis.AnalysisProblem;
import io.storyline.analysis.knowledge.KnowledgeCache;
import io.storyline.analysis.processing.AnalysisControl;
import io.storyline.analysis.results.AnalysisResults;
import io.storyline.analysis.results.DecisionRequest;
import io.storyline.analysis.results.DocumentMention;
import io.storyline.analysis.results.EntityDetail;
import io.storyline.analysis.results.EntityEvent;
import io.storyline.analysis.results.MentionInContext;
import io.storyline.analysis.results.RelatedEntity;
import io.storyline.analysis.results.internal.MentionContexts.Parts;
import io.storyline.analysis.timeline.EntryDate;
import io.storyline.domain.common.Page;
import io.storyline.domain.common.PageRequest;
import io.storyline.domain.curation.Decision;
import io.storyline.domain.curation.DecisionKind;
import io.storyline.domain.curation.DecisionRepository;
import io.storyline.domain.document.DateSource;
import io.storyline.domain.document.Document;
import io.storyline.domain.document.DocumentRepository;
import io.storyline.domain.document.DocumentStatus;
import io.storyline.domain.document.HistoryEntry.Step;
import io.storyline.domain.document.HistoryEntry;
import io.storyline.domain.document.PublicationDate;
import io.storyline.domain.entity.Alias;
import io.storyline.domain.entity.EntityRepository.EntityCount;
import io.storyline.domain.entity.EntityRepository.MentionWindow;
import io.storyline.domain.entity.EntityRepository;
import io.storyline.domain.entity.EntityType;
import io.storyline.domain.entity.KnowledgeRepository;
import io.storyline.domain.entity.Mention;
import io.storyline.domain.entity.NamedEntity;
import io.storyline.domain.entity.Names;
import io.storyline.domain.event.Event;
import io.storyline.domain.event.EventRepository;
import io.storyline.domain.event.EventType;
import io.storyline.domain.event.EventTypeRepository;
import io.storyline.domain.time.TimeExpression;
import io.storyline.domain.time.TimeExpressionRepository;
import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@link AnalysisResults} over the stored results, in the caller's transaction. */
@Stateless
@Local(AnalysisResults.class)
public class AnalysisResultsBean implements AnalysisResults {

    private static final int SAMPLE = 50;

    @Inject
    DocumentRepository documents;

    @Inject
    EntityRepository entities;

    @Inject
    TimeExpressionRepository times;

    @Inject
    EventRepository events;

    @Inject
    EventTypeRepository eventTypes;

    @Inject
    KnowledgeRepository knowledge;

    @Inject
    DecisionRepository decisions;

    @EJB
    AnalysisControl control;

    @EJB
    KnowledgeCache cache;

    @Inject
    Clock clock;

    @Inject
    DecisionMaker maker;

    @Override
    public List<DocumentMention> mentions(long documentId) {
        document(documentId);
        List<Mention> mentions = entities.mentionsOf(documentId);
        Map<Long, NamedEntity> named = entities.byIds(mentions.stream().map(Mention::entityId).toList());
        return mentions.stream().sorted(Comparator.comparingInt(Mention::begin))
                .map(m -> new DocumentMention(m, named.get(m.entityId()))).toList();
    }

    @Override
    public List<TimeExpression> times(long documentId) {
        document(documentId);
        return times.ofDocument(documentId).stream().sorted(Comparator.comparingInt(TimeExpression::begin)).toList();
    }

    @Override
    public List<Event> events(long documentId) {
        document(documentId);
        return events.ofDocument(documentId).stream().sorted(Comparator.comparingInt(Event::triggerBegin)).toList();
    }

    @Override
    public Page<EntityCount> entities(String query, EntityType type, PageRequest page) {
        return entities.list(query == null || query.isBlank() ? null : query.strip(), type, page);
    }

    @Override
    public EntityDetail entity(long entityId) {
        NamedEntity entity = entities.find(entityId)
                .orElseThrow(() -> AnalysisProblem.notFound("There is no entity " + entityId + "."));
        EntityCount count = entities.count(entity);
        List<Mention> sample = entities.mentionsOfEntity(entityId, SAMPLE);
        Set<String> aliases = new LinkedHashSet<>();
        for (Alias a : knowledge.aliases()) {
            if (a.type() == entity.type() && Names.key(a.canonical()).equals(entity.nameKey())) {
                aliases.add(a.alias());
            }
        }
        for (Mention m : sample) {
            if (!Names.key(m.text()).equals(entity.nameKey())) {
                aliases.add(m.text());
            }
        }
        return new EntityDetail(entity, count.mentions(), count.documents(), events.countOfEntity(entityId),
                List.copyOf(aliases), sample);
    }

    @Override
    public Page<EntityCount> entities(String query, EntityType type, EntityRepository.Order order, PageRequest page) {
        return entities.list(query == null || query.isBlank() ? null : query.strip(), type,
                order == null ? EntityRepository.Order.MENTIONS : order, page);
    }

    @Override
    public Page<MentionInContext> entityMentions(long entityId, PageRequest page) {
        namedEntity(entityId);
        Page<Mention> mentions = entities.mentionsOfEntity(entityId, page);
        Map<Long, MentionWindow> windows = entities.windows(mentions.items().stream().map(Mention::id).toList(),
                CONTEXT_RADIUS);
        return mentions.map(m -> {
            MentionWindow w = windows.get(m.id());
            if (w == null) {
                return new MentionInContext(m.documentId(), "document " + m.documentId(), m.begin(), m.end(), "",
                        m.text(), "");
            }
            Parts parts = MentionContexts.cut(w.text(), w.begin(), w.textLength(), m.begin(), m.end(), CONTEXT_RADIUS);
            return new MentionInContext(m.documentId(), w.documentTitle(), m.begin(), m.end(), parts.before(),
                    parts.text().isEmpty() ? m.text() : parts.text(), parts.after());
        });
    }

    @Override
    public List<RelatedEntity> relatedEntities(long entityId, int limit) {
        namedEntity(entityId);
        return entities.coOccurring(entityId, RELATED_DOCUMENTS, Math.max(1, Math.min(limit, 100))).stream()
                .map(c -> new RelatedEntity(c.entity().id(), c.entity().name(), c.entity().type(),
                        c.sharedDocuments()))
                .toList();
    }

    @Override
    public Page<EntityEvent> entityEvents(long entityId, PageRequest page) {
        namedEntity(entityId);
        Map<String, String> typeNames = new HashMap<>();
        return events.eventsOfEntity(entityId, page).map(e -> new EntityEvent(e.eventId(), e.typeCode(),
                typeNames.computeIfAbsent(e.typeCode(), code -> eventTypes.findByCode(code)
                        .map(EventType::name).orElse(code)),
                e.trigger(), e.sentence(), e.dateValue(),
                e.dateValue() == null ? null : EntryDate.parse(e.dateValue()).map(EntryDate::display)
                        .orElse(e.dateValue()),
                e.role(), e.documentId(), e.documentTitle()));
    }

    private NamedEntity namedEntity(long id) {
        return entities.find(id).orElseThrow(() -> AnalysisProblem.notFound("There is no entity " + id + "."));
    }

    @Override
    public Decision decide(long documentId, DecisionRequest request, String user) {
        Document document = document(documentId);
        String text = documents.text(documentId).orElse("");
        Instant now = clock.instant();
        Decision decision;
        try {
            decision = maker.make(documentId, text, request, user, now);
        } catch (IllegalArgumentException e) {
            throw AnalysisProblem.invalid(capitalised(e.getMessage()) + ".");
        }
        for (Decision earlier : decisions.activeFor(documentId)) {
            if (earlier.sameSubject(decision)) {
                earlier.supersede(now);
            }
        }
        Decision saved = decisions.record(decision);
        if (decision.kind() == DecisionKind.DATE_DOCUMENT) {
            document.correctPublicationDate(PublicationDate.parse(decision.dateValue().orElseThrow(),
                    DateSource.UPLOAD), now);
        }
        documents.record(new HistoryEntry(documentId, Step.DECISION_RECORDED, user, decision.kind().aboutDocument()
                ? decision.kind() + " " + decision.dateValue().orElse("")
                : decision.kind() + " at " + decision.begin() + ".." + decision.end() + " (\""
                + Names.fit(decision.textValue().orElse(""), 80) + "\")", now));
        if (document.canBeReanalyzed() || document.status() == DocumentStatus.ANALYZING) {
            control.reanalyze(documentId, user); // else its first analysis is still to come and will apply it
        }
        return saved;
    }

    @Override
    public Decision neverEntity(String text, String reason, String user) {
        Decision decision;
        try {
            decision = Decision.neverEntity(text, user, reason, clock.instant());
        } catch (IllegalArgumentException e) {
            throw AnalysisProblem.invalid(capitalised(e.getMessage()) + ".");
        }
        for (Decision earlier : decisions.activeEverywhere()) {
            if (earlier.sameSubject(decision)) {
                earlier.supersede(clock.instant());
            }
        }
        Decision saved = decisions.record(decision);
        cache.invalidate();
        return saved;
    }

    @Override
    public List<Decision> decisions(long documentId) {
        document(documentId);
        return decisions.historyOf(documentId);
    }

    private Document document(long id) {
        return documents.find(id).orElseThrow(() -> AnalysisProblem.notFound("There is no document " + id + "."));
    }

    private static String capitalised(String s) {
        return s == null || s.isEmpty() ? "Invalid decision" : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
