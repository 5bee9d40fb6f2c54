package io.storyline.domain.imports.jpa;

import io.storyline.domain.common.Page;
import io.storyline.domain.common.PageRequest;
import io.storyline.domain.imports.ImportItem;
import io.storyline.domain.imports.ImportJob;
import io.storyline.domain.imports.ImportRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** {@link ImportRepository} on JPA. */
@ApplicationScoped
public class JpaImportRepository implements ImportRepository {

    @PersistenceContext(unitName = "storyline")
    EntityManager em;

    @Override
    public ImportJob save(ImportJob job) {
        if (job.id() == null) {
            em.persist(job);
            return job;
        }
        return em.merge(job);
    }

    @Override
    public Optional<ImportJob> find(long jobId) {
        return Optional.ofNullable(em.find(ImportJob.class, jobId));
    }

    @Override
    public List<ImportJob> list(int limit) {
        return em.createQuery("select j from ImportJob j order by j.createdAt desc, j.id desc", ImportJob.class)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<ImportJob> inStatus(Collection<ImportJob.Status> statuses) {
        return em.createQuery("select j from ImportJob j where j.status in :statuses order by j.id", ImportJob.class)
                .setParameter("statuses", statuses)
                .getResultList();
    }

    @Override
    public void addItems(List<ImportItem> items) {
        items.forEach(em::persist);
        em.flush();
        em.clear();
    }

    @Override
    public Optional<ImportItem> item(long itemId) {
        return Optional.ofNullable(em.find(ImportItem.class, itemId));
    }

    @Override
    public List<ImportItem> pending(long jobId, long afterId, int limit) {
        return em.createQuery("select i from ImportItem i where i.jobId = :job and i.status = :pending and i.id > :after"
                        + " order by i.id", ImportItem.class)
                .setParameter("job", jobId)
                .setParameter("pending", ImportItem.Status.PENDING)
                .setParameter("after", afterId)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public Page<ImportItem> items(long jobId, ImportItem.Status status, PageRequest page) {
        String where = " from ImportItem i where i.jobId = :job" + (status == null ? "" : " and i.status = :status");
        var select = em.createQuery("select i" + where + " order by i.id", ImportItem.class).setParameter("job", jobId);
        var count = em.createQuery("select count(i)" + where, Long.class).setParameter("job", jobId);
        if (status != null) {
            select.setParameter("status", status);
            count.setParameter("status", status);
        }
        List<ImportItem> items = select.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        return new Page<>(items, count.getSingleResult());
    }
}
