package io.storyline.domain.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LikeTest {

    @Test
    void wildcardsAndTheEscapeCharacterAreTakenLiterally() {
        assertEquals("100\\% sure", Like.literal("100% sure"));
        assertEquals("snake\\_case", Like.literal("snake_case"));
        assertEquals("back\\\\slash", Like.literal("back\\slash"));
        assertEquals("%\\%\\_\\\\%", Like.contains("%_\\"));
    }

    @Test
    void plainWordsAreOnlyWrappedForContains() {
        assertEquals("%blinken%", Like.contains("blinken"));
    }
}
