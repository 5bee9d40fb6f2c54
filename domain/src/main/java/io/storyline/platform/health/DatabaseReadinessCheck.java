package io.storyline.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.PersistenceUnit;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.hibernate.Session;

/**
 * Ready when a connection from the pool answers within two seconds.
 *
 * <p>The connection comes through the persistence unit rather than a JNDI name: Storyline's database is the
 * platform's default datasource ({@code java:comp/DefaultDataSource}), a name that resolves only inside the
 * application's components, and WildFly calls health checks from its management threads.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadinessCheck implements HealthCheck {

    private static final int TIMEOUT_SECONDS = 2;

    @PersistenceUnit(unitName = "storyline")
    EntityManagerFactory database;

    @Override
    public HealthCheckResponse call() {
        EntityManager entityManager = database.createEntityManager();
        try {
            return entityManager.unwrap(Session.class).doReturningWork(connection -> HealthCheckResponse
                    .named("database")
                    .status(connection.isValid(TIMEOUT_SECONDS))
                    .withData("product", connection.getMetaData().getDatabaseProductName())
                    .build());
        } catch (PersistenceException e) {
            return HealthCheckResponse.named("database").down().withData("error", String.valueOf(e.getMessage()))
                    .build();
        } finally {
            entityManager.close();
        }
    }
}
