package io.storyline.domain.entity.jpa;

import io.storyline.domain.entity.Alias;
import io.storyline.domain.entity.AliasKind;
import io.storyline.domain.entity.EntityType;
import io.storyline.domain.entity.GazetteerEntry;
import io.storyline.domain.entity.KnowledgeRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** {@link KnowledgeRepository} on JPA. */
@ApplicationScoped
public class JpaKnowledgeRepository implements KnowledgeRepository {

    @PersistenceContext(unitName = "storyline")
    EntityManager em;

    @Override
    public List<Alias> aliases() {
        return em.createQuery("select a from Alias a order by a.aliasKey", Alias.class).getResultList();
    }

    @Override
    public Optional<Alias> alias(long id) {
        return Optional.ofNullable(em.find(Alias.class, id));
    }

    @Override
    public Optional<Alias> aliasByKey(String aliasKey, EntityType type, AliasKind kind) {
        return em.createQuery("select a from Alias a where a.aliasKey = :key and a.type = :type and a.kind = :kind",
                        Alias.class)
                .setParameter("key", aliasKey)
                .setParameter("type", type)
                .setParameter("kind", kind)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Alias save(Alias alias) {
        if (alias.id() == null) {
            em.persist(alias);
            return alias;
        }
        return em.merge(alias);
    }

    @Override
    public void delete(Alias alias) {
        em.remove(em.contains(alias) ? alias : em.merge(alias));
    }

    @Override
    public List<GazetteerEntry> gazetteer() {
        return em.createQuery("select g from GazetteerEntry g order by g.nameKey", GazetteerEntry.class).getResultList();
    }

    @Override
    public Optional<GazetteerEntry> gazetteerEntry(long id) {
        return Optional.ofNullable(em.find(GazetteerEntry.class, id));
    }

    @Override
    public Optional<GazetteerEntry> gazetteerEntryByKey(String nameKey) {
        return em.createQuery("select g from GazetteerEntry g where g.nameKey = :key", GazetteerEntry.class)
                .setParameter("key", nameKey)
                .getResultStream()
                .findFirst();
    }

    @Override
    public GazetteerEntry save(GazetteerEntry entry) {
        if (entry.id() == null) {
            em.persist(entry);
            return entry;
        }
        return em.merge(entry);
    }

    @Override
    public void delete(GazetteerEntry entry) {
        em.remove(em.contains(entry) ? entry : em.merge(entry));
    }

    @Override
    public boolean seedApplied(String name, int version) {
        return ((Number) em.createNativeQuery("select count(*) from knowledge_seed where name = ?1 and version = ?2")
                .setParameter(1, name)
                .setParameter(2, version)
                .getSingleResult()).longValue() > 0;
    }

    @Override
    public void markSeedApplied(String name, int version) {
        em.createNativeQuery("insert into knowledge_seed (name, version, applied_at) values (?1, ?2, ?3)")
                .setParameter(1, name)
                .setParameter(2, version)
                .setParameter(3, Timestamp.from(Instant.now()))
                .executeUpdate();
    }
}
