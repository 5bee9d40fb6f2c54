package io.storyline.domain.entity.jpa;

import io.storyline.domain.common.Like;
import io.storyline.domain.common.Page;
import io.storyline.domain.common.PageRequest;
import io.storyline.domain.entity.Alias;
import io.storyline.domain.entity.AliasKind;
import io.storyline.domain.entity.EntityType;
import io.storyline.domain.entity.GazetteerEntry;
import io.storyline.domain.entity.KnowledgeRepository;
import io.storyline.domain.entity.Names;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
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
    public Page<Alias> aliases(String fragment, EntityType type, PageRequest page) {
        String where = " where (a.aliasKey like :f escape '\\' or lower(a.canonical) like :c escape '\\')"
                + (type == null ? "" : " and a.type = :type");
        var count = em.createQuery("select count(a) from Alias a" + where, Long.class);
        var list = em.createQuery("select a from Alias a" + where + " order by a.aliasKey, a.id", Alias.class);
        count.setParameter("f", like(keyOf(fragment))).setParameter("c", like(lower(fragment)));
        list.setParameter("f", like(keyOf(fragment))).setParameter("c", like(lower(fragment)));
        if (type != null) {
            count.setParameter("type", type);
            list.setParameter("type", type);
        }
        return new Page<>(list.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList(),
                count.getSingleResult());
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
    public Page<GazetteerEntry> gazetteer(String fragment, EntityType type, PageRequest page) {
        String where = " where g.nameKey like :f escape '\\'" + (type == null ? "" : " and g.type = :type");
        var count = em.createQuery("select count(g) from GazetteerEntry g" + where, Long.class);
        var list = em.createQuery("select g from GazetteerEntry g" + where + " order by g.nameKey, g.id",
                GazetteerEntry.class);
        count.setParameter("f", like(keyOf(fragment)));
        list.setParameter("f", like(keyOf(fragment)));
        if (type != null) {
            count.setParameter("type", type);
            list.setParameter("type", type);
        }
        return new Page<>(list.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList(),
                count.getSingleResult());
    }

    private static String keyOf(String fragment) {
        return fragment == null || fragment.isBlank() ? "" : Names.key(fragment);
    }

    private static String lower(String fragment) {
        return fragment == null ? "" : fragment.strip().toLowerCase(Locale.ROOT);
    }

    /** A LIKE pattern for "contains", with the pattern's own characters escaped. */
    private static String like(String fragment) {
        return Like.contains(fragment);
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
