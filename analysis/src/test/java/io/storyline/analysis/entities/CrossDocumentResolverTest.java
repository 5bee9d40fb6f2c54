package io.storyline.analysis.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.storyline.analysis.testing.H2Archive;
import io.storyline.domain.entity.EntityRepository;
import io.storyline.domain.entity.EntityType;
import io.storyline.domain.entity.NamedEntity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Which archive entity a name found in a document stands for, on a migrated database: the same name, a last name
 * that only one known person has, a full name for a person known so far by the last name alone, and merges.
 */
class CrossDocumentResolverTest {

    private H2Archive archive;
    private CrossDocumentResolver resolver;
    private EntityRepository entities;

    @BeforeEach
    void emptyArchive() {
        archive = H2Archive.migrated();
        resolver = archive.resolver();
        entities = archive.entities();
    }

    @AfterEach
    void close() {
        archive.close();
    }

    private NamedEntity resolve(EntityType type, String name) {
        return archive.inTransaction(() -> resolver.resolve(type, name));
    }

    @Test
    void theSameNameInAnotherDocumentIsTheSameEntityWhateverItsSpelling() {
        NamedEntity first = resolve(EntityType.PERSON, "Antony Blinken");
        NamedEntity again = resolve(EntityType.PERSON, "ANTONY  BLINKEN");
        assertEquals(first.id(), again.id());
        assertEquals("Antony Blinken", again.name());
        assertNotEquals(first.id(), resolve(EntityType.ORGANIZATION, "Antony Blinken").id(),
                "an organisation of the same name is another entity");
    }

    @Test
    void aLastNameAloneIsTheOnePersonOfThatLastName() {
        NamedEntity blinken = resolve(EntityType.PERSON, "Antony Blinken");
        assertEquals(blinken.id(), resolve(EntityType.PERSON, "Blinken").id());
    }

    @Test
    void aLastNameTwoKnownPeopleShareIsAnEntityOfItsOwn() {
        NamedEntity amira = resolve(EntityType.PERSON, "Amira Haddad");
        NamedEntity karim = resolve(EntityType.PERSON, "Karim Haddad");
        NamedEntity bare = resolve(EntityType.PERSON, "Haddad");
        assertNotEquals(amira.id(), bare.id());
        assertNotEquals(karim.id(), bare.id());
        assertEquals("Haddad", bare.name());
    }

    @Test
    void aPersonKnownByTheLastNameAloneGetsTheFullName() {
        NamedEntity bare = resolve(EntityType.PERSON, "Quintavex");
        NamedEntity full = resolve(EntityType.PERSON, "Marisol Quintavex");
        assertEquals(bare.id(), full.id());
        assertEquals("Marisol Quintavex", archive.inTransaction(() -> entities.find(bare.id()).orElseThrow()).name(),
                "the rename is stored");
        assertEquals(full.id(), resolve(EntityType.PERSON, "Quintavex").id());
    }

    @Test
    void aBareLastNameIsNotRenamedWhenSomeoneElseHasIt() {
        resolve(EntityType.PERSON, "Teodor Quintavex");
        resolve(EntityType.PERSON, "Ana Quintavex");
        NamedEntity bare = resolve(EntityType.PERSON, "Quintavex");
        NamedEntity marisol = resolve(EntityType.PERSON, "Marisol Quintavex");
        assertNotEquals(bare.id(), marisol.id());
        assertEquals("Quintavex", archive.inTransaction(() -> entities.find(bare.id()).orElseThrow()).name(),
                "which Quintavex the bare name meant is for an editor to say");
    }

    @Test
    void aMergedEntityResolvesToTheOneItWasMergedInto() {
        NamedEntity quds = resolve(EntityType.LOCATION, "al-Quds");
        NamedEntity jerusalem = resolve(EntityType.LOCATION, "Jerusalem");
        archive.inTransaction(() -> entities.find(quds.id()).orElseThrow().mergeInto(jerusalem));
        NamedEntity resolved = resolve(EntityType.LOCATION, "Al Quds");
        assertEquals(jerusalem.id(), resolved.id());
        assertEquals("Jerusalem", resolved.name());
    }

    @Test
    void aPersonsChoiceIsTakenExactlyWithoutLastNameMatching() {
        NamedEntity blinken = resolve(EntityType.PERSON, "Antony Blinken");
        NamedEntity exactly = archive.inTransaction(() -> resolver.ensure(EntityType.PERSON, "Blinken"));
        assertNotEquals(blinken.id(), exactly.id());
        assertEquals("Blinken", exactly.name());
        assertEquals(exactly.id(), archive.inTransaction(() -> resolver.ensure(EntityType.PERSON, "blinken")).id(),
                "asked again, the same entity");
    }
}
