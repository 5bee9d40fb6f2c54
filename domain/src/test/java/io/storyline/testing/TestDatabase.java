package io.storyline.testing;

import io.storyline.platform.schema.SchemaMigrations;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.Persistence;
import jakarta.persistence.PersistenceContext;
import java.lang.reflect.Field;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The middle tier outside the server: an H2 database in memory brought up by the Flyway migrations as shipped, and
 * the one persistence unit ("storyline", every entity) on Hibernate ORM in RESOURCE_LOCAL mode, Hibernate Search
 * off. Repositories and services are wired by hand on {@link #entityManager()}; {@link #inTransaction} plays the
 * container's transaction around one call. Each database is new and empty (but for what the migrations seed).
 */
public final class TestDatabase implements AutoCloseable {

    private final JdbcDataSource dataSource = new JdbcDataSource();
    private final EntityManagerFactory factory;
    private final EntityManager em;
    private final String schemaVersion;

    private TestDatabase() {
        dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        schemaVersion = SchemaMigrations.migrate(dataSource);
        factory = Persistence.createEntityManagerFactory("storyline", Map.of(
                "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                "jakarta.persistence.nonJtaDataSource", dataSource,
                "jakarta.persistence.jtaDataSource", dataSource,
                "hibernate.dialect", "org.hibernate.dialect.H2Dialect",
                "hibernate.search.enabled", "false"));
        em = factory.createEntityManager();
    }

    /** A new database at the latest schema version. */
    public static TestDatabase migrated() {
        return new TestDatabase();
    }

    /** The version the migrations brought the database to. */
    public String schemaVersion() {
        return schemaVersion;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public EntityManagerFactory factory() {
        return factory;
    }

    /** The entity manager the repositories under test are given (one persistence context, like a request's). */
    public EntityManager entityManager() {
        return em;
    }

    /** Runs {@code work} in a transaction that commits, or rolls back and rethrows when it throws. */
    public <T> T inTransaction(Function<EntityManager, T> work) {
        EntityTransaction tx = em.getTransaction();
        boolean outer = !tx.isActive();
        if (outer) {
            tx.begin();
        }
        try {
            T result = work.apply(em);
            if (outer) {
                tx.commit();
            }
            return result;
        } catch (RuntimeException | Error e) {
            if (outer && tx.isActive()) {
                tx.rollback();
            }
            if (outer) {
                em.clear(); // as the container does: a failed transaction's persistence context is gone
            }
            throw e;
        }
    }

    /** {@link #inTransaction} for work without a result. */
    public void transaction(Consumer<EntityManager> work) {
        inTransaction(m -> {
            work.accept(m);
            return null;
        });
    }

    /**
     * Gives {@code bean} the entity manager where the container would ({@code @PersistenceContext} fields, however
     * visible), so that repositories and services of other packages can be wired by hand.
     */
    public <T> T inject(T bean) {
        for (Class<?> type = bean.getClass(); type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (field.isAnnotationPresent(PersistenceContext.class)) {
                    try {
                        field.setAccessible(true);
                        field.set(bean, em);
                    } catch (IllegalAccessException e) {
                        throw new IllegalStateException("cannot set " + field, e);
                    }
                }
            }
        }
        return bean;
    }

    /** Forgets every loaded entity, so the next read comes from the database. */
    public void clear() {
        em.clear();
    }

    @Override
    public void close() {
        em.close();
        factory.close();
    }
}
