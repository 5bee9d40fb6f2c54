package io.storyline.ingestion.schema;

import io.storyline.platform.config.StorylineDatabase;
import io.storyline.platform.schema.SchemaMigrations;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import javax.sql.DataSource;

/**
 * Migrates the database at deployment. Flyway manages its own transactions, so this bean uses none of the
 * container's. A failed migration fails the deployment: better than running on a schema the code does not
 * expect.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaStartup {

    @Resource(lookup = StorylineDatabase.JNDI_NAME)
    DataSource dataSource;

    private String version;

    @PostConstruct
    void migrate() {
        version = SchemaMigrations.migrate(dataSource);
    }

    /** The schema version this application runs on. */
    public String version() {
        return version;
    }
}
