package io.storyline.platform.schema;

import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings a database up to the schema this build expects, applying the migrations in
 * {@code classpath:db/migration} that have not run yet. Safe to call on every start.
 */
public final class SchemaMigrations {

    public static final String LOCATION = "classpath:db/migration";
    private static final Logger LOG = Logger.getLogger(SchemaMigrations.class.getName());

    private SchemaMigrations() {
    }

    /**
     * @return the schema version after migrating
     * @throws org.flywaydb.core.api.FlywayException when a migration fails or an applied one was changed
     */
    public static String migrate(DataSource dataSource) {
        MigrateResult result = Flyway.configure(SchemaMigrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations(LOCATION)
                .failOnMissingLocations(true)
                .load()
                .migrate();
        String version = result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion;
        LOG.info(() -> "Database schema at version " + version + " (" + result.migrationsExecuted
                + " migration(s) applied now)");
        return version;
    }
}
