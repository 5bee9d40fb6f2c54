package io.storyline.analysis.events.timeml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storyline.analysis.language.AnnotatedText;
import io.storyline.analysis.pipeline.RealModels;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The event layer on sentences made up for it, read by the real models. */
class EventLayerTest {

    private static final EventLayer LAYER = new EventLayer();

    private static List<EventMention> events(String text) {
        AnnotatedText annotated = RealModels.pipeline().annotate(text, LocalDate.of(2025, 3, 12));
        return LAYER.find(annotated);
    }

    private static Optional<EventMention> event(List<EventMention> events, String word) {
        return events.stream().filter(e -> e.word().equals(word)).findFirst();
    }

    private static EventMention required(List<EventMention> events, String word) {
        return event(events, word).orElseThrow(() -> new AssertionError("no event " + word + " in " + events));
    }

    @Test
    void mainVerbsAreEventsAndAuxiliariesAndCopulasAreNot() {
        List<EventMention> found = events("The mayor has resigned, and the council was dissolved. She is a lawyer.");

        EventMention resigned = required(found, "resigned");
        assertEquals(Tense.PRESENT, resigned.tense());
        assertEquals(Aspect.PERFECTIVE, resigned.aspect());
        assertEquals(Tense.PAST, required(found, "dissolved").tense());
        assertTrue(event(found, "has").isEmpty(), "an auxiliary is no event");
        assertTrue(event(found, "was").isEmpty(), "a passive auxiliary is no event");
        assertTrue(event(found, "is").isEmpty(), "a copula is no event");
    }

    @Test
    void reportingVerbsAreEventsAndWhatTheyReportIsReported() {
        List<EventMention> found = events("Police said the suspect fled to Mexico.");

        EventMention said = required(found, "said");
        assertEquals(EventClass.REPORTING, said.eventClass());
        assertEquals(Factuality.ASSERTED, said.factuality());
        assertEquals(Factuality.REPORTED, required(found, "fled").factuality());
    }

    @Test
    void theFutureAndTheHypotheticalHaveNotHappened() {
        List<EventMention> found = events("The company will open a factory. It may close the store. "
                + "The union wants to strike.");

        EventMention open = required(found, "open");
        assertEquals(Tense.FUTURE, open.tense());
        assertEquals(Factuality.FUTURE, open.factuality());
        assertNull(open.modality(), "will is a tense, not a modality");
        EventMention close = required(found, "close");
        assertEquals("may", close.modality());
        assertEquals(Factuality.HYPOTHETICAL, close.factuality());
        EventMention strike = required(found, "strike");
        assertEquals(Tense.INFINITIVE, strike.tense());
        assertEquals(Factuality.HYPOTHETICAL, strike.factuality());
        assertEquals(EventClass.I_STATE, required(found, "wants").eventClass());
        assertFalse(open.factuality().happened());
    }

    @Test
    void negationIsPolarityAndAnEventThatDidNotHappen() {
        List<EventMention> found = events("The minister did not attend the summit.");

        EventMention attend = required(found, "attend");
        assertTrue(attend.negated());
        assertEquals(Factuality.NEGATED, attend.factuality());
        assertEquals(Factuality.NEGATED, required(found, "summit").factuality(), "the summit he did not attend");
        assertTrue(event(found, "did").isEmpty());
    }

    @Test
    void eventNounsAreEventsAndThingsAndAmountsAreNot() {
        List<EventMention> found = events("After the election, the government announced an investigation into the "
                + "bombing, while earnings at the department rose.");

        assertFalse(required(found, "election").verb());
        assertTrue(event(found, "bombing").isPresent());
        assertTrue(event(found, "government").isEmpty(), "a deverbal noun naming an institution");
        assertTrue(event(found, "department").isEmpty());
        assertTrue(event(found, "earnings").isEmpty(), "an amount, not an event");
        assertEquals(EventClass.REPORTING, required(found, "announced").eventClass());
    }

    @Test
    void participlesUsedAsPrepositionsAreNoEvents() {
        List<EventMention> found = events("Ten people, including two children, were hurt, according to the police.");

        assertTrue(event(found, "including").isEmpty());
        assertTrue(event(found, "hurt").isPresent());
    }

    @Test
    void aProgressiveIsProgressiveAndAnIngWithoutAuxiliaryIsAParticiple() {
        List<EventMention> found = events("Rebels are advancing on the capital, burning villages.");

        EventMention advancing = required(found, "advancing");
        assertEquals(Aspect.PROGRESSIVE, advancing.aspect());
        assertEquals(Tense.PRESENT, advancing.tense());
        assertEquals(Tense.PRESPART, required(found, "burning").tense());
    }
}
