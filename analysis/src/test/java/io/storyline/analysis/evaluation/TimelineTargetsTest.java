package io.storyline.analysis.evaluation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TimelineTargetsTest {

    private static final String NOTHING_SAID = "Shares rose.";

    @Test
    void aParticipantNamesTheTargetWithAllItsWords() {
        assertTrue(TimelineTargets.takes("iPhone 4", List.of("Apple's iPhone 4"), NOTHING_SAID, false));
        assertTrue(TimelineTargets.takes("Steve Jobs", List.of("STEVE JOBS"), NOTHING_SAID, true));
        assertFalse(TimelineTargets.takes("iPhone 4", List.of("iPhone 3G"), NOTHING_SAID, false));
        assertFalse(TimelineTargets.takes("Beatles Apple Corps", List.of("Apple"), NOTHING_SAID, false),
                "Apple alone is another company");
    }

    @Test
    void aPersonIsAlsoNamedByTheSurname() {
        assertTrue(TimelineTargets.takes("Steve Jobs", List.of("Jobs"), NOTHING_SAID, true));
        assertTrue(TimelineTargets.takes("Steve Jobs", List.of(), "Jobs's keynote was praised.", true));
        assertFalse(TimelineTargets.takes("Steve Jobs", List.of(), "The jobs report was published.", false),
                "a target that is not a person needs all its words");
        assertFalse(TimelineTargets.takes("Steve Jobs", List.of("Steve"), NOTHING_SAID, true));
    }

    @Test
    void aSentenceNamesTheTargetWithItsWordsInARow() {
        assertTrue(TimelineTargets.takes("iPhone 4", List.of("Apple"), "Apple unveiled the iPhone 4 yesterday.",
                false));
        assertFalse(TimelineTargets.takes("iPhone 4", List.of(), "The iPhone sold 4 million units.", false));
        assertFalse(TimelineTargets.takes("iPod", List.of(), "The iPods sold well.", false), "words, not letters");
    }
}
