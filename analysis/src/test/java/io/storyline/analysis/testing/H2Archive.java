package io.storyline.analysis.testing;

import io.storyline.analysis.entities.CrossDocumentResolver;
import io.storyline.analysis.entities.EntityRegistry;
import io.storyline.domain.curation.jpa.JpaDecisionRepository;
import io.storyline.domain.document.Document;
import io.storyline.domain.entity.jpa.JpaEntityRepository;
import io.storyline.domain.event.jpa.JpaEventRepository;
import io.storyline.domain.time.jpa.JpaTimeExpressionRepository;
import io.storyline.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityTransaction;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * An empty archive on domain's {@link TestDatabase} (H2 in memory, the real migrations and persistence unit, the
 * search index off) with the analysis side wired on it: the real JPA repositories and cross-document resolution on
 * one entity manager, as the server has them in one transaction. Fields the container would inject are set here,
 * by name. Each instance is a database of its own.
 */
public final class H2Archive implements AutoCloseable {

    /** The clock of every test archive: a fixed instant, so that what it stamps can be compared. */
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2024-05-02T09:00:00Z"), ZoneOffset.UTC);

    private final TestDatabase database;
    private final EntityManager em;

    private H2Archive() {
        database = TestDatabase.migrated();
        em = database.entityManager();
    }

    /** A new, migrated, empty archive. */
    public static H2Archive migrated() {
        return new H2Archive();
    }

    public EntityManager em() {
        return em;
    }

    public JpaEntityRepository entities() {
        return repository(JpaEntityRepository.class);
    }

    public JpaEventRepository events() {
        return repository(JpaEventRepository.class);
    }

    public JpaTimeExpressionRepository times() {
        return repository(JpaTimeExpressionRepository.class);
    }

    public JpaDecisionRepository decisions() {
        return repository(JpaDecisionRepository.class);
    }

    /** Cross-document resolution on this archive; new entities are created in the caller's transaction here. */
    public CrossDocumentResolver resolver() {
        EntityRegistry registry = inject(create(EntityRegistry.class), Map.of("entities", entities(), "em", em,
                "clock", CLOCK));
        return inject(create(CrossDocumentResolver.class), Map.of("entities", entities(), "registry", registry));
    }

    /** A document as intake stores it, committed. */
    public Document document(String filename) {
        return inTransaction(() -> {
            Document d = Document.received(UUID.randomUUID().toString().replace("-", "")
                    + UUID.randomUUID().toString().replace("-", ""), filename, "text/plain", 1_000, "archivist",
                    CLOCK.instant());
            em.persist(d);
            return d;
        });
    }

    /** Runs {@code work} in a transaction of its own, committed when it returns; the persistence context is cleared. */
    public <T> T inTransaction(Supplier<T> work) {
        EntityTransaction tx = em.getTransaction();
        tx.begin();
        try {
            T result = work.get();
            em.flush();
            tx.commit();
            return result;
        } finally {
            if (tx.isActive()) {
                tx.rollback();
            }
            em.clear();
        }
    }

    public void inTransaction(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }

    /** A JPA repository of the domain on this archive's entity manager. */
    public <T> T repository(Class<T> type) {
        return inject(create(type), Map.of("em", em));
    }

    /** Sets fields by name, as the container would inject them. */
    public static <T> T inject(T target, Map<String, Object> fields) {
        fields.forEach((name, value) -> {
            try {
                Field f = target.getClass().getDeclaredField(name);
                f.setAccessible(true);
                f.set(target, value);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot set " + target.getClass().getSimpleName() + "." + name, e);
            }
        });
        return target;
    }

    private static <T> T create(Class<T> type) {
        try {
            Constructor<T> c = type.getDeclaredConstructor();
            c.setAccessible(true);
            return c.newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot create " + type.getSimpleName(), e);
        }
    }

    @Override
    public void close() {
        database.close();
    }
}
