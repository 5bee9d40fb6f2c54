package io.storyline.analysis.knowledge.internal;

import io.storyline.analysis.knowledge.SeedKnowledge;
import io.storyline.domain.entity.Alias;
import io.storyline.domain.entity.GazetteerEntry;
import io.storyline.domain.entity.KnowledgeOrigin;
import io.storyline.domain.entity.KnowledgeRepository;
import io.storyline.domain.entity.Names;
import io.storyline.domain.event.EventType;
import io.storyline.domain.event.EventTypeRepository;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * Puts the seed knowledge (common news aliases, the gazetteer, about twenty event types) into the database once
 * per seed version, at start-up. It only adds what is missing: an entry an admin changed or deleted is theirs, and
 * a newer seed never brings a deleted one back unless its version is new. (The schema is migrated before: the
 * ingestion module starts first.)
 */
@Singleton
@Startup
public class KnowledgeSeeder {

    static final String SEED = "storyline-news";
    private static final Logger LOG = Logger.getLogger(KnowledgeSeeder.class.getName());

    @Inject
    KnowledgeRepository knowledge;

    @Inject
    EventTypeRepository eventTypes;

    @Inject
    Clock clock;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    void seed() {
        if (knowledge.seedApplied(SEED, SeedKnowledge.VERSION)) {
            return;
        }
        Instant now = clock.instant();
        int aliases = 0;
        int names = 0;
        int types = 0;
        for (SeedKnowledge.SeedAlias a : SeedKnowledge.aliases()) {
            if (knowledge.aliasByKey(Names.key(a.alias().alias()), a.alias().type(), a.alias().kind()).isEmpty()) {
                knowledge.save(new Alias(a.alias().alias(), a.alias().canonical(), a.alias().type(), a.alias().kind(),
                        KnowledgeOrigin.SEED, a.note(), "seed", now));
                aliases++;
            }
        }
        for (SeedKnowledge.SeedName n : SeedKnowledge.gazetteer()) {
            if (knowledge.gazetteerEntryByKey(Names.key(n.name().name())).isEmpty()) {
                knowledge.save(new GazetteerEntry(n.name().name(), n.name().type(), n.name().caseSensitive(),
                        KnowledgeOrigin.SEED, n.note(), "seed", now));
                names++;
            }
        }
        for (SeedKnowledge.SeedEventType t : SeedKnowledge.eventTypes()) {
            if (eventTypes.findByCode(t.rule().code()).isEmpty()) {
                eventTypes.save(new EventType(t.rule().code(), t.rule().name(), t.description(),
                        String.join(", ", t.rule().triggers()), String.join("\n", t.rule().patterns()),
                        KnowledgeOrigin.SEED, "seed", now));
                types++;
            }
        }
        knowledge.markSeedApplied(SEED, SeedKnowledge.VERSION);
        int a = aliases;
        int g = names;
        int e = types;
        LOG.info(() -> "Seed knowledge version " + SeedKnowledge.VERSION + " applied: " + a + " alias(es), " + g
                + " gazetteer name(s), " + e + " event type(s) added");
    }
}
