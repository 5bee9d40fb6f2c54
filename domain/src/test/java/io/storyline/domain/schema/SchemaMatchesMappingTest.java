package io.storyline.domain.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.storyline.platform.schema.SchemaMigrations;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.h2.jdbcx.JdbcDataSource;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

/**
 * The schema built by the Flyway migrations is the one the entities map to. Uses the H2 and Hibernate ORM
 * versions that WildFly ships, the real migrations and the real persistence unit.
 */
class SchemaMatchesMappingTest {

    @Test
    void theMigratedSchemaValidatesAgainstEveryEntity() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:schema-check;DB_CLOSE_DELAY=-1");

        String version = SchemaMigrations.migrate(dataSource);
        assertNotNull(version);
        assertEquals(version, SchemaMigrations.migrate(dataSource), "migrating twice changes nothing");

        Map<String, Object> outsideTheServer = Map.of(
                "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                "jakarta.persistence.nonJtaDataSource", dataSource,
                "jakarta.persistence.jtaDataSource", dataSource,
                "hibernate.dialect", "org.hibernate.dialect.H2Dialect",
                "hibernate.search.enabled", "false");
        EntityManagerFactory factory = Persistence.createEntityManagerFactory("storyline", outsideTheServer);
        try {
            // Throws a SchemaManagementException naming the table and column that differ.
            factory.unwrap(SessionFactory.class).getSchemaManager().validateMappedObjects();
            assertEquals(Set.of("Document", "DocumentText", "Sighting", "HistoryEntry", "NearDuplicate",
                    "TextFingerprint", "FingerprintBand", "ImportJob", "ImportItem", "User", "NamedEntity", "Mention",
                    "Alias", "GazetteerEntry", "TimeExpression", "EventType", "Event", "Decision", "EventLink", "Story",
                    "DocumentTag", "SearchRecord", "SavedSearch", "AuditEntry", "TagCategory", "SigningKey"), factory.getMetamodel().getEntities().stream()
                    .map(jakarta.persistence.metamodel.EntityType::getName)
                    .collect(Collectors.toSet()), "every entity of the unit was checked");
        } finally {
            factory.close();
        }
    }
}
