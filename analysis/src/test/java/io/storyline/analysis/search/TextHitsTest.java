package io.storyline.analysis.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TextHitsTest {

    @Test
    void everyOccurrenceAsAWholeWordWhateverItsCase() {
        String text = "Protests grew. The protesters protested; protests again.";
        List<TextHits.Hit> hits = TextHits.find(text, Set.of("protests", "protested"));
        assertEquals(List.of("Protests", "protested", "protests"),
                hits.stream().map(h -> text.substring(h.begin(), h.end())).toList());
    }

    @Test
    void wordsWithApostrophesAndAccentsStayWhole() {
        String text = "Gaza's mayor met O\u2019Brien in Zürich; Gaza was quiet.";
        List<TextHits.Hit> hits = TextHits.find(text, Set.of("gaza's", "zürich", "o\u2019brien"));
        assertEquals(List.of("Gaza's", "O\u2019Brien", "Zürich"),
                hits.stream().map(h -> text.substring(h.begin(), h.end())).toList());
    }

    @Test
    void nothingToFind() {
        assertTrue(TextHits.find("some text", Set.of()).isEmpty());
        assertTrue(TextHits.find(null, Set.of("a")).isEmpty());
    }
}
