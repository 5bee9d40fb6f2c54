package io.storyline.domain.entity;

import java.util.List;
import java.util.Optional;

/** The aliases and the gazetteer, and which seed sets were loaded. Callers bring the transaction. */
public interface KnowledgeRepository {

    List<Alias> aliases();

    Optional<Alias> alias(long id);

    Optional<Alias> aliasByKey(String aliasKey, EntityType type, AliasKind kind);

    Alias save(Alias alias);

    void delete(Alias alias);

    List<GazetteerEntry> gazetteer();

    Optional<GazetteerEntry> gazetteerEntry(long id);

    Optional<GazetteerEntry> gazetteerEntryByKey(String nameKey);

    GazetteerEntry save(GazetteerEntry entry);

    void delete(GazetteerEntry entry);

    /** Whether version {@code version} of the seed set {@code name} was loaded before. */
    boolean seedApplied(String name, int version);

    void markSeedApplied(String name, int version);
}
