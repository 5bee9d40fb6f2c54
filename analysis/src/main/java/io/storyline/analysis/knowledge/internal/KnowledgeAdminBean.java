package io.storyline.analysis.knowledge.internal;

import io.storyline.analysis.AnalysisProblem;
import io.storyline.analysis.knowledge.ImportReport;
import io.storyline.analysis.knowledge.KnowledgeAdmin;
import io.storyline.analysis.knowledge.KnowledgeCache;
import io.storyline.domain.common.Page;
import io.storyline.domain.common.PageRequest;
import io.storyline.domain.entity.Alias;
import io.storyline.domain.entity.AliasKind;
import io.storyline.domain.entity.EntityType;
import io.storyline.domain.entity.GazetteerEntry;
import io.storyline.domain.entity.KnowledgeOrigin;
import io.storyline.domain.entity.KnowledgeRepository;
import io.storyline.domain.entity.Names;
import io.storyline.domain.event.EventType;
import io.storyline.domain.event.EventTypeRepository;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/** {@link KnowledgeAdmin}: each change in the caller's transaction; the analysis cache is told at once. */
@Stateless
@Local(KnowledgeAdmin.class)
public class KnowledgeAdminBean implements KnowledgeAdmin {

    @Inject
    KnowledgeRepository knowledge;

    @Inject
    EventTypeRepository eventTypes;

    @EJB
    KnowledgeCache cache;

    @Inject
    KnowledgeImporter importer;

    @Inject
    Clock clock;

    @Resource
    TransactionSynchronizationRegistry transaction;

    @Override
    public List<Alias> aliases(String query) {
        String q = query == null ? "" : Names.key(query);
        return knowledge.aliases().stream()
                .filter(a -> q.isEmpty() || a.aliasKey().contains(q) || Names.key(a.canonical()).contains(q)).toList();
    }

    @Override
    public Page<Alias> aliases(String query, String type, PageRequest page) {
        return knowledge.aliases(query, optionalType(type), page);
    }

    @Override
    public List<Alias> allAliases() {
        return knowledge.aliases();
    }

    @Override
    public ImportReport importAliases(String csv, String user) {
        ImportReport report = importer.aliases(csv == null ? "" : csv, user, clock.instant());
        changed();
        return report;
    }

    @Override
    public Alias addAlias(AliasInput input, String user) {
        AliasInput in = require(input, "{\"alias\", \"canonical\", \"type\", \"kind\"}");
        EntityType type = type(in.type());
        AliasKind kind = kind(in.kind());
        if (in.alias() != null && knowledge.aliasByKey(Names.key(in.alias()), type, kind).isPresent()) {
            throw AnalysisProblem.conflict("The alias \"" + in.alias() + "\" (" + type + ", " + kind + ") is already"
                    + " in the table; change that one.");
        }
        Alias alias = valid(() -> new Alias(in.alias(), in.canonical(), type, kind, KnowledgeOrigin.PERSON, in.note(),
                user, clock.instant()));
        Alias saved = knowledge.save(alias);
        changed();
        return saved;
    }

    @Override
    public Alias changeAlias(long id, AliasInput input, String user) {
        AliasInput in = require(input, "{\"alias\", \"canonical\", \"type\", \"kind\"}");
        Alias alias = knowledge.alias(id).orElseThrow(() -> AnalysisProblem.notFound("There is no alias " + id + "."));
        EntityType type = type(in.type());
        AliasKind kind = kind(in.kind());
        knowledge.aliasByKey(Names.key(String.valueOf(in.alias())), type, kind).filter(other -> !other.id().equals(id))
                .ifPresent(other -> {
                    throw AnalysisProblem.conflict("Another alias (" + other.id() + ") already reads \"" + in.alias()
                            + "\".");
                });
        valid(() -> {
            alias.change(in.alias(), in.canonical(), type, kind, in.note(), user, clock.instant());
            return alias;
        });
        changed();
        return alias;
    }

    @Override
    public void deleteAlias(long id, String user) {
        knowledge.delete(knowledge.alias(id).orElseThrow(() -> AnalysisProblem.notFound("There is no alias " + id + ".")));
        changed();
    }

    @Override
    public List<GazetteerEntry> gazetteer(String query) {
        String q = query == null ? "" : Names.key(query);
        return knowledge.gazetteer().stream().filter(g -> q.isEmpty() || g.nameKey().contains(q)).toList();
    }

    @Override
    public Page<GazetteerEntry> gazetteer(String query, String type, PageRequest page) {
        return knowledge.gazetteer(query, optionalType(type), page);
    }

    @Override
    public List<GazetteerEntry> allGazetteer() {
        return knowledge.gazetteer();
    }

    @Override
    public ImportReport importGazetteer(String csv, String user) {
        ImportReport report = importer.gazetteer(csv == null ? "" : csv, user, clock.instant());
        changed();
        return report;
    }

    @Override
    public GazetteerEntry addName(NameInput input, String user) {
        NameInput in = require(input, "{\"name\", \"type\"}");
        EntityType type = type(in.type());
        if (in.name() != null && knowledge.gazetteerEntryByKey(Names.key(in.name())).isPresent()) {
            throw AnalysisProblem.conflict("\"" + in.name() + "\" is already in the gazetteer; change that entry.");
        }
        GazetteerEntry entry = valid(() -> new GazetteerEntry(in.name(), type, Boolean.TRUE.equals(in.caseSensitive()),
                KnowledgeOrigin.PERSON, in.note(), user, clock.instant()));
        GazetteerEntry saved = knowledge.save(entry);
        changed();
        return saved;
    }

    @Override
    public GazetteerEntry changeName(long id, NameInput input, String user) {
        NameInput in = require(input, "{\"name\", \"type\"}");
        GazetteerEntry entry = knowledge.gazetteerEntry(id)
                .orElseThrow(() -> AnalysisProblem.notFound("There is no gazetteer entry " + id + "."));
        EntityType type = type(in.type());
        knowledge.gazetteerEntryByKey(Names.key(String.valueOf(in.name()))).filter(o -> !o.id().equals(id))
                .ifPresent(o -> {
                    throw AnalysisProblem.conflict("Another entry (" + o.id() + ") already reads \"" + in.name() + "\".");
                });
        valid(() -> {
            entry.change(in.name(), type, Boolean.TRUE.equals(in.caseSensitive()), in.note(), user, clock.instant());
            return entry;
        });
        changed();
        return entry;
    }

    @Override
    public void deleteName(long id, String user) {
        knowledge.delete(knowledge.gazetteerEntry(id)
                .orElseThrow(() -> AnalysisProblem.notFound("There is no gazetteer entry " + id + ".")));
        changed();
    }

    @Override
    public List<EventType> eventTypes() {
        return eventTypes.all();
    }

    @Override
    public EventType eventType(String code) {
        return eventTypes.findByCode(normalCode(code))
                .orElseThrow(() -> AnalysisProblem.notFound("There is no event type " + code + "."));
    }

    @Override
    public EventType addEventType(EventTypeInput input, String user) {
        EventTypeInput in = require(input, "{\"code\", \"name\", \"triggers\", \"patterns\"}");
        if (in.code() != null && eventTypes.findByCode(normalCode(in.code())).isPresent()) {
            throw AnalysisProblem.conflict("The event type " + normalCode(in.code()) + " exists; change it instead.");
        }
        Instant now = clock.instant();
        EventType type = valid(() -> new EventType(String.valueOf(in.code()), in.name(), in.description(),
                in.triggers(), in.patterns(), KnowledgeOrigin.PERSON, user, now));
        if (Boolean.FALSE.equals(in.enabled())) {
            type.enable(false, user, now);
        }
        EventType saved = eventTypes.save(type);
        changed();
        return saved;
    }

    @Override
    public EventType changeEventType(String code, EventTypeInput input, String user) {
        EventTypeInput in = require(input, "{\"name\", \"triggers\", \"patterns\"}");
        EventType type = eventType(code);
        Instant now = clock.instant();
        valid(() -> {
            type.change(in.name(), in.description(), in.triggers(), in.patterns(), user, now);
            return type;
        });
        if (in.enabled() != null) {
            type.enable(in.enabled(), user, now);
        }
        changed();
        return type;
    }

    @Override
    public void deleteEventType(String code, String user) {
        eventTypes.delete(eventType(code));
        changed();
    }

    /**
     * Tells the analysis cache now and again once the change is committed, so no worker keeps knowledge it read
     * while the change was in flight.
     */
    private void changed() {
        cache.invalidate();
        transaction.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing to do before the commit
            }

            @Override
            public void afterCompletion(int status) {
                cache.invalidate();
            }
        });
    }

    private static String normalCode(String code) {
        return code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
    }

    private static <T> T require(T input, String shape) {
        if (input == null) {
            throw AnalysisProblem.invalid("Send " + shape + " as JSON.");
        }
        return input;
    }

    private static EntityType optionalType(String value) {
        return value == null || value.isBlank() ? null : type(value);
    }

    private static EntityType type(String value) {
        try {
            return EntityType.parse(value);
        } catch (RuntimeException e) {
            throw AnalysisProblem.invalid("\"" + value + "\" is not an entity type; use PERSON, ORGANIZATION, LOCATION"
                    + " or OTHER.");
        }
    }

    private static AliasKind kind(String value) {
        if (value == null || value.isBlank()) {
            return AliasKind.NAME;
        }
        try {
            return AliasKind.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw AnalysisProblem.invalid("\"" + value + "\" is not an alias kind; use NAME (another name for it) or"
                    + " DESCRIPTION (words that describe it, such as \"the top US diplomat\").");
        }
    }

    private static <T> T valid(Supplier<T> change) {
        try {
            return change.get();
        } catch (IllegalArgumentException | NullPointerException e) {
            String m = e.getMessage() == null ? "a required field is missing" : e.getMessage();
            throw AnalysisProblem.invalid(Character.toUpperCase(m.charAt(0)) + m.substring(1) + ".");
        }
    }
}
