package io.storyline.domain.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storyline.domain.entity.KnowledgeOrigin;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventTypeTest {

    @Test
    void triggersAndPatternsAreReadTidily() {
        EventType meeting = new EventType("meeting", "Meeting or visit", null, " Meet/v, meeting/N ,visit,, meet/V",
                "hold * talks\n\n  sit  down with ", KnowledgeOrigin.SEED, "seed", Instant.EPOCH);
        assertEquals("MEETING", meeting.code());
        assertEquals(List.of("meet/V", "meeting/N", "visit"), meeting.triggers());
        assertEquals(List.of("hold * talks", "sit down with"), meeting.patterns());
        assertTrue(meeting.enabled());
    }

    @Test
    void unreadableTriggersAndPatternsAreRefusedByName() {
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class, () -> new EventType("X_1",
                "x", null, "meet/Q", null, KnowledgeOrigin.PERSON, "admin", Instant.EPOCH));
        assertTrue(bad.getMessage().startsWith("\"meet/q\" is not a trigger"), bad.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new EventType("X_1", "x", null, "", "fire",
                KnowledgeOrigin.PERSON, "admin", Instant.EPOCH));
        assertThrows(IllegalArgumentException.class, () -> new EventType("meeting!", "x", null, "meet", null,
                KnowledgeOrigin.PERSON, "admin", Instant.EPOCH));
    }

    @Test
    void patternsThatCouldNeverMatchAreRefusedNamingThePattern() {
        IllegalArgumentException star = assertThrows(IllegalArgumentException.class, () -> new EventType("STRIKE",
                "Strike", null, "walkout/N", "go on strike\n* walk out", KnowledgeOrigin.PERSON, "admin", Instant.EPOCH));
        assertTrue(star.getMessage().contains("\"* walk out\"") && star.getMessage().contains("start with a word"),
                star.getMessage());
        IllegalArgumentException odd = assertThrows(IllegalArgumentException.class, () -> new EventType("STRIKE",
                "Strike", null, "walkout/N", "walk (out|off)", KnowledgeOrigin.PERSON, "admin", Instant.EPOCH));
        assertTrue(odd.getMessage().contains("\"(out|off)\""), odd.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new EventType("STRIKE", "Strike", null, "walkout/N",
                "a b c d e f g h i", KnowledgeOrigin.PERSON, "admin", Instant.EPOCH));
        EventType fine = new EventType("STRIKE", "Strike", null, "walkout/N", "go on * strike\nU.S. strike",
                KnowledgeOrigin.PERSON, "admin", Instant.EPOCH);
        assertEquals(List.of("go on * strike", "u.s. strike"), fine.patterns());
    }

    @Test
    void aFailedChangeLeavesTheTypeAsItWas() {
        EventType type = new EventType("STRIKE", "Strike", null, "walkout/N", null, KnowledgeOrigin.PERSON, "admin",
                Instant.EPOCH);
        assertThrows(IllegalArgumentException.class, () -> type.change("Strike", null, "walkout/N", "* bad",
                "admin", Instant.EPOCH));
        assertEquals(List.of("walkout/N"), type.triggers());
        assertEquals(List.of(), type.patterns());
    }

    @Test
    void anEventDateCoversItsValuesDays() {
        EventDate date = EventDate.of("2024-04", EventDateSource.GOVERNING_EXPRESSION, "in April");
        assertEquals(java.time.LocalDate.of(2024, 4, 30), date.end());
        assertThrows(IllegalArgumentException.class, () -> EventDate.of("P3D", EventDateSource.PERSON, null));
    }
}
