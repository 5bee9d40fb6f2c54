package io.storyline.analysis.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SpellingTest {

    @Test
    void typingMistakesCountSwapsAsOne() {
        assertEquals(1, Spelling.distance("protset", "protest"));
        assertEquals(1, Spelling.distance("netanyahou", "netanyahu"));
        assertEquals(2, Spelling.distance("protset", "protests"));
        assertEquals(0, Spelling.distance("gaza", "gaza"));
        assertEquals(3, Spelling.distance("", "abc"));
    }

    @Test
    void theFewestMistakesWinThenTheMostDocuments() {
        assertEquals("protest", Spelling.closest("protset", Map.of("protests", 9, "protest", 2), 2));
        assertEquals("ceasefire", Spelling.closest("ceasfire", Map.of("ceasefire", 4, "ceasefires", 7), 2));
        assertEquals("gaza", Spelling.closest("gazs", Map.of("gaza", 3, "gazi", 3), 1), "ties go by the alphabet");
        assertEquals("rand", Spelling.closest("rajd", Map.of("raid", 1, "rand", 5), 1),
                "equal mistakes: the word in more documents");
    }

    @Test
    void theTypedCapitalIsKept() {
        assertEquals("Netanyahu", Spelling.closest("Netanyahou", Map.of("netanyahu", 3), 2));
    }

    @Test
    void noSuggestionWhenNothingIsCloseOrOnlyTheWordItself() {
        assertNull(Spelling.closest("protset", Map.of("referendum", 5), 2));
        assertNull(Spelling.closest("Gaza", Map.of("gaza", 5), 1));
        assertNull(Spelling.closest("gaza", Map.of(), 1));
    }
}
