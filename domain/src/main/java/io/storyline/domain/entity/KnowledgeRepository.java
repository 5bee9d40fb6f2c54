package io.storyline.domain.entity;

import io.storyline.domain.common.Page;
import io.storyline.domain.common.PageRequest;
import java.util.List;
import java.util.Optional;

/** The aliases and the gazetteer, and which seed sets were loaded. Callers bring the transaction. */
public interface KnowledgeRepository {

    List<Alias> aliases();

    /**
     * A page of aliases by alias key whose alias or canonical name contains {@code fragment} (any case; all when
     * blank), of one type ({@code null}: any).
     */
    Page<Alias> aliases(String fragment, EntityType type, PageRequest page);

    Optional<Alias> alias(long id);

    Optional<Alias> aliasByKey(String aliasKey, EntityType type, AliasKind kind);

    Alias save(Alias alias);

    void delete(Alias alias);

    List<GazetteerEntry> gazetteer();

    /** A page of gazetteer names by key containing {@code fragment} (all when blank), of one type ({@code null}: any). */
    Page<GazetteerEntry> gazetteer(String fragment, EntityType type, PageRequest page);

    Optional<GazetteerEntry> gazetteerEntry(long id);

    Optional<GazetteerEntry> gazetteerEntryByKey(String nameKey);

    GazetteerEntry save(GazetteerEntry entry);

    void delete(GazetteerEntry entry);

    /** Whether version {@code version} of the seed set {@code name} was loaded before. */
    boolean seedApplied(String name, int version);

    void markSeedApplied(String name, int version);
}
