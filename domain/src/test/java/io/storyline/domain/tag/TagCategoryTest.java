package io.storyline.domain.tag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class TagCategoryTest {

    @Test
    void aNameIsTidiedAndTwoSpellingsShareAKey() {
        TagCategory region = new TagCategory("  Region \t of  coverage ", "  where  ", "admin", Instant.EPOCH);
        assertEquals("Region of coverage", region.name());
        assertEquals("region of coverage", region.nameKey());
        assertEquals(TagCategory.key("REGION OF   COVERAGE"), region.nameKey());
        assertEquals("where", region.description().orElseThrow());
        assertTrue(new TagCategory("Desk", "  ", "admin", Instant.EPOCH).description().isEmpty());
    }

    @Test
    void anEmptyOverlongOrControlCharacterNameIsRefusedSayingWhy() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new TagCategory(" ", null, "admin",
                Instant.EPOCH)).getMessage().contains("needs a name"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new TagCategory("x".repeat(101), null, "admin",
                Instant.EPOCH)).getMessage().contains("at most 100"));
        assertThrows(IllegalArgumentException.class, () -> new TagCategory("Desk\u0000", null, "admin", Instant.EPOCH));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new TagCategory("Desk", "d".repeat(501), "admin",
                Instant.EPOCH)).getMessage().contains("description"));
    }
}
