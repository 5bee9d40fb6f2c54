package io.storyline.domain.audit.jpa;

import io.storyline.domain.common.Like;
import io.storyline.domain.audit.AuditEntry;
import io.storyline.domain.audit.AuditEntryRepository;
import io.storyline.domain.audit.AuditFilter;
import io.storyline.domain.common.Page;
import io.storyline.domain.common.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** {@link AuditEntryRepository} on JPA: appends and reads, nothing else. */
@ApplicationScoped
public class JpaAuditEntryRepository implements AuditEntryRepository {

    private static final String NEWEST_FIRST = " order by a.at desc, a.id desc";

    @PersistenceContext(unitName = "storyline")
    EntityManager em;

    @Override
    public AuditEntry record(AuditEntry entry) {
        em.persist(entry);
        return entry;
    }

    @Override
    public Page<AuditEntry> search(AuditFilter filter, PageRequest page) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        String where = where(filter, parameters);
        TypedQuery<AuditEntry> select = em.createQuery("select a from AuditEntry a" + where + NEWEST_FIRST,
                AuditEntry.class);
        TypedQuery<Long> count = em.createQuery("select count(a) from AuditEntry a" + where, Long.class);
        parameters.forEach((name, value) -> {
            select.setParameter(name, value);
            count.setParameter(name, value);
        });
        List<AuditEntry> items = select.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        return new Page<>(items, count.getSingleResult());
    }

    @Override
    public List<AuditEntry> batch(AuditFilter filter, Position after, int limit) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        StringBuilder where = new StringBuilder(where(filter, parameters));
        if (after != null) {
            where.append(where.isEmpty() ? " where " : " and ")
                    .append("(a.at < :afterAt or (a.at = :afterAt and a.id < :afterId))");
            parameters.put("afterAt", after.at());
            parameters.put("afterId", after.id());
        }
        TypedQuery<AuditEntry> select = em.createQuery("select a from AuditEntry a" + where + NEWEST_FIRST,
                AuditEntry.class);
        parameters.forEach(select::setParameter);
        return select.setMaxResults(limit).getResultList();
    }

    private static String where(AuditFilter filter, Map<String, Object> parameters) {
        StringBuilder where = new StringBuilder();
        if (filter.text() != null) {
            and(where, "(lower(a.subject) like :text escape '\\' or lower(a.detail) like :text escape '\\'"
                    + " or lower(a.username) like :text escape '\\')");
            parameters.put("text", Like.contains(filter.text().toLowerCase(Locale.ROOT)));
        }
        if (filter.username() != null) {
            and(where, "a.username = :username");
            parameters.put("username", filter.username());
        }
        if (filter.action() != null) {
            and(where, "a.action = :action");
            parameters.put("action", filter.action());
        }
        if (filter.from() != null) {
            and(where, "a.at >= :from");
            parameters.put("from", filter.from());
        }
        if (filter.to() != null) {
            and(where, "a.at < :to");
            parameters.put("to", filter.to());
        }
        return where.toString();
    }

    private static void and(StringBuilder where, String condition) {
        where.append(where.isEmpty() ? " where " : " and ").append(condition);
    }
}
