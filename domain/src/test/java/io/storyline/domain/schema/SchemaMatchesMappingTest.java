package io.storyline.domain.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.storyline.platform.schema.SchemaMigrations;
import io.storyline.testing.TestDatabase;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

/**
 * The schema built by the Flyway migrations is the one the entities map to. Uses the H2 and Hibernate ORM
 * versions that WildFly ships, the real migrations and the real persistence unit.
 */
class SchemaMatchesMappingTest {

    @Test
    void theMigratedSchemaValidatesAgainstEveryEntity() {
        try (TestDatabase db = TestDatabase.migrated()) {
            assertNotNull(db.schemaVersion());
            assertEquals(db.schemaVersion(), SchemaMigrations.migrate(db.dataSource()), "migrating twice changes nothing");

            // Throws a SchemaManagementException naming the table and column that differ.
            db.factory().unwrap(SessionFactory.class).getSchemaManager().validateMappedObjects();
            assertEquals(Set.of("Document", "DocumentText", "Sighting", "HistoryEntry", "NearDuplicate",
                    "TextFingerprint", "FingerprintBand", "ImportJob", "ImportItem", "User", "NamedEntity", "Mention",
                    "Alias", "GazetteerEntry", "TimeExpression", "EventType", "Event", "Decision", "EventLink", "Story",
                    "DocumentTag", "SearchRecord", "SavedSearch", "AuditEntry", "TagCategory", "SigningKey"),
                    db.factory().getMetamodel().getEntities().stream()
                            .map(jakarta.persistence.metamodel.EntityType::getName)
                            .collect(Collectors.toSet()), "every entity of the unit was checked");
        }
    }
}
