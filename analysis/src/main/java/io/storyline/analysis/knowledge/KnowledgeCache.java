package io.storyline.analysis.knowledge;

import io.storyline.domain.curation.Decision;
import io.storyline.domain.curation.DecisionKind;
import io.storyline.domain.curation.DecisionRepository;
import io.storyline.domain.entity.KnowledgeRepository;
import io.storyline.domain.event.EventType;
import io.storyline.domain.event.EventTypeRepository;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The knowledge analysis works with (aliases, gazetteer, enabled event types, names people said are never
 * entities), read from the database once and kept until an admin or an editor changes it. The snapshot is
 * immutable: the pipeline builds its analyzer on it and keeps that as long as the snapshot stands.
 */
@Singleton
@DependsOn("KnowledgeSeeder")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class KnowledgeCache {

    @Inject
    KnowledgeRepository knowledge;

    @Inject
    EventTypeRepository eventTypes;

    @Inject
    DecisionRepository decisions;

    private volatile Knowledge current;

    /** The knowledge as it stands: the same instance until {@link #invalidate()}. */
    public Knowledge current() {
        Knowledge snapshot = current;
        if (snapshot == null) {
            snapshot = read();
            current = snapshot;
        }
        return snapshot;
    }

    /** The knowledge as stored now. */
    private Knowledge read() {
        Set<String> never = decisions.activeEverywhere().stream()
                .filter(d -> d.kind() == DecisionKind.NEVER_ENTITY)
                .map(Decision::textValue).flatMap(Optional::stream).collect(Collectors.toSet());
        return new Knowledge(
                knowledge.aliases().stream().map(a -> new NameAlias(a.alias(), a.canonical(), a.type(), a.kind())).toList(),
                knowledge.gazetteer().stream().map(g -> new GazetteerName(g.name(), g.type(), g.caseSensitive())).toList(),
                eventTypes.all().stream().filter(EventType::enabled)
                        .map(t -> new EventRule(t.code(), t.name(), t.triggers(), t.patterns())).toList(),
                Set.of()).withNeverEntities(never);
    }

    /** Something changed: the next document is analysed with the knowledge read afresh. */
    public void invalidate() {
        current = null;
    }
}
