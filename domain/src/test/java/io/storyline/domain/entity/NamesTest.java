package io.storyline.domain.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class NamesTest {

    @Test
    void spellingsOfOneNameShareAKey() {
        assertEquals(Names.key("al-Quds"), Names.key("Al Quds"));
        assertEquals(Names.key("al-Quds"), Names.key("AL\u2013QUDS"));
        assertEquals(Names.key("U.S."), Names.key("US"));
        assertEquals(Names.key("Netanyahu's"), Names.key("Netanyahus"));
        assertEquals("sao paulo", Names.key("S\u00e3o  Paulo"));
    }

    @Test
    void aPersonIsFoundByTheirLastName() {
        assertEquals("blinken", Names.lastNameKey("Antony J. Blinken"));
        assertNull(Names.lastNameKey("Blinken"));
        NamedEntity person = new NamedEntity(EntityType.PERSON, "Antony Blinken", Instant.EPOCH);
        assertEquals("blinken", person.lastNameKey().orElseThrow());
        NamedEntity place = new NamedEntity(EntityType.LOCATION, "Tel Aviv", Instant.EPOCH);
        assertEquals(java.util.Optional.empty(), place.lastNameKey(), "only people have last names");
    }

    @Test
    void typesAreReadByNameOrShortForm() {
        assertEquals(EntityType.PERSON, EntityType.parse("per"));
        assertEquals(EntityType.OTHER, EntityType.parse("MISC"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> EntityType.parse("thing"));
        assertEquals("\"thing\" is not an entity type; use PERSON, ORGANIZATION, LOCATION or OTHER", e.getMessage());
    }

    @Test
    void aDescriptionAliasStandsForAPersonAndANameAliasIsNotItsOwnName() {
        Instant at = Instant.EPOCH;
        Alias description = new Alias("top US diplomat", "US Secretary of State", EntityType.PERSON,
                AliasKind.DESCRIPTION, KnowledgeOrigin.SEED, null, "seed", at);
        assertEquals(KnowledgeOrigin.SEED, description.origin());
        assertThrows(IllegalArgumentException.class, () -> new Alias("the Pentagon", "US Department of Defense",
                EntityType.ORGANIZATION, AliasKind.DESCRIPTION, KnowledgeOrigin.SEED, null, "seed", at));
        assertThrows(IllegalArgumentException.class, () -> new Alias("Jerusalem", "jerusalem", EntityType.LOCATION,
                AliasKind.NAME, KnowledgeOrigin.SEED, null, "seed", at));
        description.change("top American diplomat", "US Secretary of State", EntityType.PERSON, AliasKind.DESCRIPTION,
                null, "admin", at);
        assertEquals(KnowledgeOrigin.PERSON, description.origin(), "an admin's change makes it theirs");
    }
}
