package io.storyline.analysis.results.internal;

import io.storyline.analysis.AnalysisProblem;
import io.storyline.analysis.entities.CrossDocumentResolver;
import io.storyline.analysis.knowledge.KnowledgeAdmin.AliasInput;
import io.storyline.analysis.knowledge.KnowledgeAdmin;
import io.storyline.analysis.knowledge.KnowledgeCache;
import io.storyline.analysis.results.Curation;
import io.storyline.analysis.results.ReviewFigure;
import io.storyline.domain.curation.Decision;
import io.storyline.domain.curation.DecisionKind;
import io.storyline.domain.curation.DecisionRepository;
import io.storyline.domain.document.DocumentRepository;
import io.storyline.domain.document.HistoryEntry.Step;
import io.storyline.domain.document.HistoryEntry;
import io.storyline.domain.entity.Alias;
import io.storyline.domain.entity.AliasKind;
import io.storyline.domain.entity.EntityRepository;
import io.storyline.domain.entity.EntityType;
import io.storyline.domain.entity.Mention;
import io.storyline.domain.entity.NamedEntity;
import io.storyline.domain.entity.Names;
import io.storyline.domain.event.EventRepository;
import io.storyline.platform.search.SearchRecords;
import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** {@link Curation} in the caller's transaction. */
@Stateless
@Local(Curation.class)
public class CurationBean implements Curation {

    private static final int MAX_NAMES = 50;

    @Inject
    EntityRepository entities;

    @Inject
    EventRepository events;

    @Inject
    DecisionRepository decisions;

    @Inject
    DocumentRepository documents;

    @Inject
    SearchRecords searchRecords;

    @Inject
    CrossDocumentResolver resolver;

    @EJB
    KnowledgeAdmin knowledge;

    @EJB
    KnowledgeCache cache;

    @Inject
    Clock clock;

    @Override
    public Decision merge(long entityId, long intoId, String reason, String user) {
        NamedEntity from = entity(entityId);
        NamedEntity into = current(entity(intoId));
        if (from.mergedInto().isPresent()) {
            throw AnalysisProblem.conflict(from.name() + " (" + entityId + ") is already merged into entity "
                    + from.mergedInto().get() + ".");
        }
        if (into.id().equals(from.id())) {
            throw AnalysisProblem.invalid("An entity cannot be merged into itself.");
        }
        Instant now = clock.instant();
        from.mergeInto(into);
        List<Long> touched = entities.moveAllMentions(from.id(), into);
        Decision decision = decisions.record(Decision.aboutEntity(DecisionKind.MERGE_ENTITY, entityId, user, reason, now)
                .withTarget(into.id()).withText(from.name()).withSubjectType(from.type().name()));
        for (long documentId : touched) {
            documents.record(new HistoryEntry(documentId, Step.ENTITY_CORRECTED, user, "merged " + Names.fit(from.name(), 80)
                    + " into " + Names.fit(into.name(), 80), now));
            searchRecords.refresh(documentId);
        }
        return decision;
    }

    @Override
    public Decision split(long entityId, List<String> names, String newName, EntityType newType, String reason,
                          String user) {
        NamedEntity from = current(entity(entityId));
        if (names == null || names.stream().allMatch(n -> n == null || n.isBlank())) {
            throw AnalysisProblem.invalid("Say which of the entity's names to split off.");
        }
        if (names.size() > MAX_NAMES) {
            throw AnalysisProblem.invalid("Split off at most " + MAX_NAMES + " names at a time.");
        }
        Set<String> keys = names.stream().filter(n -> n != null && !n.isBlank()).map(Names::key)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        List<Mention> moving = entities.mentionsWithKeys(from.id(), keys, MAX_SPLIT_MENTIONS + 1);
        if (moving.isEmpty()) {
            throw AnalysisProblem.invalid("No mention of " + from.name() + " is written as "
                    + String.join(" or ", names) + ".");
        }
        if (moving.size() > MAX_SPLIT_MENTIONS) {
            throw AnalysisProblem.invalid("More than " + MAX_SPLIT_MENTIONS + " mentions would move; split by fewer"
                    + " names at a time.");
        }
        String name = newName == null || newName.isBlank() ? names.stream().filter(n -> n != null && !n.isBlank())
                .findFirst().orElseThrow().strip() : newName.strip();
        if (name.length() > NamedEntity.MAX_NAME) {
            throw AnalysisProblem.invalid("A name has at most " + NamedEntity.MAX_NAME + " characters.");
        }
        EntityType type = newType == null ? from.type() : newType;
        if (type == from.type() && Names.key(name).equals(from.nameKey())) {
            throw AnalysisProblem.conflict("The new entity needs a name or type other than " + from.name() + "'s.");
        }
        NamedEntity target = resolver.ensure(type, name);
        Instant now = clock.instant();
        Set<Long> touched = new LinkedHashSet<>();
        for (Mention m : moving) {
            Decision link = Decision.aboutSpan(DecisionKind.LINK_MENTION, m.documentId(), m.begin(), m.end(), user,
                    "split off from " + from.name() + (reason == null || reason.isBlank() ? "" : ": " + reason), now)
                    .withEntity(target.id()).withText(m.text()).withSubjectType(m.type().name());
            decisions.record(link);
            m.linkTo(target);
            touched.add(m.documentId());
        }
        Decision decision = decisions.record(Decision.aboutEntity(DecisionKind.SPLIT_ENTITY, from.id(), user, reason, now)
                .withTarget(target.id()).withText(target.name()).withSubjectType(from.type().name())
                .withDetail(Names.fit(String.join("\n", names), 4000)));
        for (long documentId : touched) {
            documents.record(new HistoryEntry(documentId, Step.ENTITY_CORRECTED, user, "split "
                    + Names.fit(String.join(", ", names), 80) + " off " + Names.fit(from.name(), 80) + " into "
                    + Names.fit(target.name(), 80), now));
            searchRecords.refresh(documentId);
        }
        return decision;
    }

    @Override
    public Decision addAlias(long entityId, String alias, String reason, String user) {
        NamedEntity entity = current(entity(entityId));
        String name = requireName(alias);
        if (Names.key(name).equals(entity.nameKey())) {
            throw AnalysisProblem.invalid("\u201c" + name + "\u201d is the entity's own name.");
        }
        Optional<Alias> existing = aliasOf(entity, name);
        if (existing.isEmpty()) {
            knowledge.addAlias(new AliasInput(name, entity.name(), entity.type().name(), AliasKind.NAME.name(),
                    reason), user);
        }
        cache.invalidate();
        return decisions.record(Decision.aboutEntity(DecisionKind.ADD_ALIAS, entity.id(), user, reason, clock.instant())
                .withText(name).withSubjectType(entity.type().name()));
    }

    @Override
    public Decision removeAlias(long entityId, String alias, String reason, String user) {
        NamedEntity entity = current(entity(entityId));
        String name = requireName(alias);
        Alias existing = aliasOf(entity, name).orElseThrow(() -> AnalysisProblem.notFound(
                entity.name() + " has no alias \u201c" + name + "\u201d."));
        knowledge.deleteAlias(existing.id(), user);
        cache.invalidate();
        return decisions.record(Decision.aboutEntity(DecisionKind.REMOVE_ALIAS, entity.id(), user, reason,
                clock.instant()).withText(name).withSubjectType(entity.type().name()));
    }

    @Override
    public List<Decision> history(long entityId) {
        entity(entityId);
        return decisions.aboutEntity(entityId, 200);
    }

    @Override
    public List<ReviewFigure> reviewFigures() {
        return ReviewFigures.of(decisions.activeSpanVerdicts(), entities.machineMentionsByType(),
                events.countByType());
    }

    private Optional<Alias> aliasOf(NamedEntity entity, String name) {
        String key = Names.key(name);
        return knowledge.aliases(name).stream()
                .filter(a -> a.type() == entity.type() && a.aliasKey().equals(key)
                        && Names.key(a.canonical()).equals(entity.nameKey()))
                .findFirst();
    }

    private static String requireName(String alias) {
        if (alias == null || alias.isBlank()) {
            throw AnalysisProblem.invalid("Give the alias.");
        }
        String name = alias.strip();
        if (name.length() > NamedEntity.MAX_NAME) {
            throw AnalysisProblem.invalid("An alias has at most " + NamedEntity.MAX_NAME + " characters.");
        }
        return name;
    }

    private NamedEntity entity(long id) {
        return entities.find(id).orElseThrow(() -> AnalysisProblem.notFound("There is no entity " + id + "."));
    }

    private NamedEntity current(NamedEntity entity) {
        return entities.current(entity);
    }
}
