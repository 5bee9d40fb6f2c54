package io.storyline.web.documents.faces;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TagCompletionTest {

    private static final List<String> IN_USE = List.of("gaza", "ceasefire", "gaza strip");

    private static List<String> inUse(String fragment) {
        return IN_USE.stream().filter(t -> t.contains(fragment.toLowerCase())).toList();
    }

    @Test
    void theFirstNameIsCompletedAlone() {
        assertEquals(List.of("gaza", "gaza strip"), TagCompletion.complete("Ga", TagCompletionTest::inUse));
    }

    @Test
    void theLastNameIsCompletedAndTheOnesBeforeStayWithoutRepeats() {
        assertEquals(List.of("gaza, ceasefire"), TagCompletion.complete("gaza, cea", TagCompletionTest::inUse));
        assertEquals(List.of("Gaza, gaza strip"), TagCompletion.complete("Gaza, gaz", TagCompletionTest::inUse));
    }
}
