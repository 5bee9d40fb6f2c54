package io.storyline.platform.health;

import io.storyline.platform.config.StorylineDatabase;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready when a connection from the pool answers within two seconds.
 *
 * <p>The check is made when the application starts, not at the first probe: its datasource is the platform's
 * default ({@code java:comp/DefaultDataSource}), a name that resolves only inside the application's own threads,
 * and WildFly calls health checks from its management threads.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadinessCheck implements HealthCheck {

    private static final int TIMEOUT_SECONDS = 2;

    @Resource(lookup = StorylineDatabase.JNDI_NAME)
    DataSource dataSource;

    void atStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        // Observing the start is what creates the bean (and injects its datasource) on the application's thread.
    }

    @Override
    public HealthCheckResponse call() {
        try (Connection connection = dataSource.getConnection()) {
            boolean valid = connection.isValid(TIMEOUT_SECONDS);
            return HealthCheckResponse.named("database")
                    .status(valid)
                    .withData("product", connection.getMetaData().getDatabaseProductName())
                    .build();
        } catch (SQLException e) {
            return HealthCheckResponse.named("database").down().withData("error", e.getMessage()).build();
        }
    }
}
