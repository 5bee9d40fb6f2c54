package io.storyline.analysis.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storyline.analysis.entities.DocumentEntity;
import io.storyline.analysis.entities.FoundMention;
import io.storyline.analysis.events.FoundEvent;
import io.storyline.analysis.events.FoundParticipant;
import io.storyline.analysis.times.FoundTime;
import io.storyline.domain.document.ReferenceSource;
import io.storyline.domain.entity.EntityType;
import io.storyline.domain.event.EventDateSource;
import io.storyline.domain.event.Modality;
import io.storyline.domain.event.ParticipantRole;
import io.storyline.domain.time.TimeAnchor;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The article in {@code ../shared/samples} (published Wednesday 1 May 2024), analysed with the real models and the
 * seed knowledge: the people, places, dates and events the analysis issue asks for.
 */
class SampleArticleTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 5, 1);
    private static DocumentAnalysis analysis;

    @BeforeAll
    static void analyse() {
        analysis = RealModels.analyzer().analyze(RealModels.sample("blinken-netanyahu-rafah.txt"), PUBLISHED,
                ReferenceSource.PUBLICATION_DATE);
    }

    @Test
    void blinkenMeetsNetanyahuInJerusalemOnTheFirstOfMay() {
        FoundEvent meeting = find("MEETING", "meeting", Set.of("Antony Blinken", "Benjamin Netanyahu"), "Jerusalem");
        assertEquals("2024-05-01", meeting.date().value());
        assertEquals(EventDateSource.GOVERNING_EXPRESSION, meeting.date().source(), "dated by its own \"on Wednesday\"");
        assertEquals(Modality.ASSERTED, meeting.modality());
    }

    @Test
    void blinkenMeetsHerzogInTelAvivEarlierThatDay() {
        FoundEvent meeting = find("MEETING", "met", Set.of("Antony Blinken", "Isaac Herzog"), "Tel Aviv");
        assertEquals("2024-05-01", meeting.date().value());
    }

    @Test
    void netanyahuSaysOnTuesdayThatIsraelWillGoIntoRafah() {
        FoundEvent statement = find("STATEMENT", "said", Set.of("Benjamin Netanyahu"), null);
        assertEquals("2024-04-30", statement.date().value());
        assertEquals(ParticipantRole.AGENT, role(statement, "Benjamin Netanyahu"));

        FoundEvent operation = find("MILITARY_OPERATION", "operation", Set.of(), "Rafah");
        assertEquals(Modality.PLANNED, operation.modality(), "a plan for later, not something that happened");
        assertNull(operation.date(), "a planned operation has no date of its own");
        assertEquals(statement.sentence(), operation.sentence());
    }

    @Test
    void familiesOfCaptivesProtestAroundBlinkenInTelAvivOnTheThirtiethOfApril() {
        FoundEvent protest = find("PROTEST", "protesting", Set.of("Antony Blinken"), "Tel Aviv");
        assertEquals("2024-04-30", protest.date().value());
        assertEquals(ParticipantRole.TARGET, role(protest, "Antony Blinken"));
        assertTrue(protest.participants().stream().anyMatch(p -> p.role() == ParticipantRole.AGENT
                && p.name().contains("families")), protest.participants().toString());
    }

    @Test
    void bidenAndNetanyahuSpokeOnTheFourthOfApril() {
        FoundEvent call = find("PHONE_CALL", "call", Set.of("Benjamin Netanyahu"), null);
        assertEquals("2024-04-04", call.date().value());
        assertTrue(call.participants().stream().anyMatch(p -> p.name().contains("Biden")), call.toString());
    }

    /** Issue 16: the page lists the seven events a reader sees, with at most three others. */
    @Test
    void theListedEventsAreTheSevenAReaderSeesAndAtMostThreeOthers() {
        List<FoundEvent> listed = analysis.events().stream().filter(FoundEvent::listed).toList();
        List<FoundEvent> seven = List.of(
                find("MEETING", "meeting", Set.of("Antony Blinken", "Benjamin Netanyahu"), "Jerusalem"),
                find("MEETING", "met", Set.of("Antony Blinken", "Isaac Herzog"), "Tel Aviv"),
                find("STATEMENT", "said", Set.of("Benjamin Netanyahu"), null),
                find("MILITARY_OPERATION", "operation", Set.of(), "Rafah"),
                find("PHONE_CALL", "call", Set.of("Benjamin Netanyahu"), null),
                find("PROTEST", "protesting", Set.of("Antony Blinken"), "Tel Aviv"),
                find("STATEMENT", "said", Set.of("Barak Ravid"), null));
        for (FoundEvent e : seven) {
            assertTrue(e.listed(), e + " is not listed");
        }
        assertEquals(7, Set.copyOf(seven).size(), "seven different events");
        assertTrue(listed.size() <= 10, listed.size() - 7 + " others: " + listed);
        assertEquals(1, listed.stream().filter(e -> e.type().equals("MEETING") && e.place() != null
                && e.place().name().equals("Jerusalem")).count(), "told three times, listed once: " + listed);
        assertEquals(1, listed.stream().filter(e -> e.type().equals("STATEMENT")
                && names(e).contains("Antony Blinken")).count(), "Blinken's five statements of one day: " + listed);
    }

    @Test
    void noListedEventHasAVagueAgent() {
        Set<String> vague = Set.of("efforts", "more time", "inability", "statement", "need", "the statement");
        for (FoundEvent e : analysis.events()) {
            for (FoundParticipant p : e.participants()) {
                assertFalse(p.entity() == null && vague.stream().anyMatch(v -> p.name().toLowerCase(
                        java.util.Locale.ROOT).endsWith(v)), e.toString());
            }
        }
    }

    @Test
    void theProtestsVowedForTheComingPhaseAreNotDatedAsHappened() {
        List<FoundEvent> protests = analysis.events().stream().filter(e -> e.trigger().equals("protests")).toList();
        for (FoundEvent p : protests) {
            assertEquals(Modality.PLANNED, p.modality(), p.toString());
            assertNull(p.date(), p.toString());
        }
    }

    @Test
    void alQudsIsJerusalemAndTheTitlesAreBlinkenAndNetanyahu() {
        assertEquals("Jerusalem", entityAt("al-Quds").name());
        assertEquals(EntityType.LOCATION, entityAt("al-Quds").type());
        assertEquals("Antony Blinken", entityAt("top US diplomat").name());
        assertEquals("Antony Blinken", entityAt("Secretary").name());
        assertEquals("Antony Blinken", entityAt("Blinken").name(), "the last name alone is the same person");
        assertEquals("Benjamin Netanyahu", entityAt("Prime Minister").name());
    }

    @Test
    void pronounsAreNeverEntities() {
        Set<String> pronouns = Set.of("he", "she", "they", "him", "his", "it", "we");
        List<String> found = analysis.entities().mentions().stream().map(FoundMention::text)
                .filter(t -> pronouns.contains(t.toLowerCase(java.util.Locale.ROOT))).toList();
        assertEquals(List.of(), found);
    }

    @Test
    void relativeDatesAreResolvedAgainstThePublicationDate() {
        FoundTime wednesday = time("Wednesday");
        assertEquals("2024-05-01", wednesday.value());
        assertEquals(TimeAnchor.PUBLICATION_DATE, wednesday.anchor());
        assertEquals("2024-04-30", time("Tuesday").value());
        assertEquals("2024-04-04", time("April 4").value());
    }

    private static FoundEvent find(String type, String trigger, Set<String> participants, String place) {
        List<FoundEvent> candidates = analysis.events().stream()
                .filter(e -> e.type().equals(type) && e.trigger().contains(trigger))
                .filter(e -> names(e).containsAll(participants))
                .filter(e -> place == null || e.place() != null && e.place().name().equals(place))
                .toList();
        assertFalse(candidates.isEmpty(), "no " + type + " \"" + trigger + "\" with " + participants + " at " + place
                + " among " + analysis.events());
        return candidates.get(0);
    }

    private static Set<String> names(FoundEvent e) {
        return e.participants().stream()
                .map(p -> p.entity() == null ? p.name() : p.entity().name()).collect(Collectors.toSet());
    }

    private static ParticipantRole role(FoundEvent e, String name) {
        return e.participants().stream().filter(p -> p.entity() != null && p.entity().name().equals(name))
                .map(FoundParticipant::role).findFirst().orElse(null);
    }

    private static DocumentEntity entityAt(String text) {
        for (DocumentEntity entity : analysis.entities().entities()) {
            for (FoundMention m : entity.mentions()) {
                if (m.text().equals(text)) {
                    return entity;
                }
            }
        }
        throw new AssertionError("no mention \"" + text + "\" among " + analysis.entities().mentions());
    }

    private static FoundTime time(String text) {
        return analysis.times().stream().filter(t -> t.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no time \"" + text + "\" among " + analysis.times()));
    }
}
