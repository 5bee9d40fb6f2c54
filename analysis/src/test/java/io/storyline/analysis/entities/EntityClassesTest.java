package io.storyline.analysis.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.storyline.analysis.knowledge.SeedKnowledge;
import io.storyline.analysis.pipeline.RealModels;
import io.storyline.domain.entity.EntityType;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Classes of entity errors seen on unseen news, on made-up text with the real models and the seed knowledge: a
 * parenthesised name after a name keeps its own type; an abbreviation still stands for the name it follows; a
 * fragment of a longer name is not an entity of its own; a dateline's place is not re-typed by the story's team.
 */
class EntityClassesTest {

    private static EntityAnalysis find(String text) {
        return new EntityFinder(SeedKnowledge.knowledge())
                .find(RealModels.pipeline().annotate(text, LocalDate.of(2026, 3, 2)));
    }

    private static Map<String, EntityType> types(EntityAnalysis analysis) {
        return analysis.mentions().stream().collect(Collectors.toMap(FoundMention::text, FoundMention::type,
                (a, b) -> a == b ? a : null));
    }

    @Test
    void aCountryInParenthesesAfterAnAthleteStaysAPlace() {
        EntityAnalysis found = find("""
                Women's 5,000 metres:
                1. Tessa Okonkwo (Nigeria) 14:52.10
                2. Ingrid Nesvik (Norway) 14:55.32
                3. Nadia Okafor (Nigeria) 14:58.07
                Okonkwo led from the bell and Nigeria took two medals.
                """);
        Map<String, EntityType> types = types(found);

        assertEquals(EntityType.LOCATION, types.get("Nigeria"), found.mentions().toString());
        assertEquals(EntityType.LOCATION, types.get("Norway"), found.mentions().toString());
        assertEquals(EntityType.PERSON, types.get("Tessa Okonkwo"), found.mentions().toString());
    }

    @Test
    void aClubInParenthesesAfterAPlayerIsNotThePlayer() {
        EntityAnalysis found = find("Leading scorers: Marek Zielinski (Zenit) 14, Paolo Zanetti (Lazio) 12.\n");
        Map<String, EntityType> types = types(found);

        assertEquals(EntityType.ORGANIZATION, types.get("Zenit"), found.mentions().toString());
        assertEquals(EntityType.ORGANIZATION, types.get("Lazio"), found.mentions().toString());
    }

    @Test
    void aFragmentOfALongerOrganisationNameIsThatOrganisation() {
        EntityAnalysis found = find("""
                Talks with the Resistance stalled on Sunday, officials said.
                Envoys met the Free Mountain Resistance in Kampala on Monday.
                """);

        List<String> fragments = found.entities().stream().map(DocumentEntity::name)
                .filter(name -> name.equals("Resistance")).toList();
        assertEquals(List.of(), fragments, found.entities().toString());
        assertEquals(EntityType.ORGANIZATION, found.entities().stream()
                .filter(e -> e.name().equals("Free Mountain Resistance")).findFirst()
                .orElseThrow(() -> new AssertionError(found.entities().toString())).type());
    }

    @Test
    void anOfficeAfterATitlesPossessiveIsOneNameNotThePersonWhoHoldsTheTitle() {
        EntityAnalysis found = find("""
                Prime Minister Elena Varga met the unions on Friday.
                "The talks will go on," the Prime Minister's Office said in a statement.
                """);

        List<String> names = found.entities().stream().map(DocumentEntity::name).toList();
        assertEquals(false, names.contains("Office"), found.entities().toString());
        DocumentEntity varga = found.entities().stream().filter(e -> e.name().equals("Elena Varga")).findFirst()
                .orElseThrow(() -> new AssertionError(found.entities().toString()));
        assertEquals(List.of("Elena Varga"), varga.mentions().stream().map(FoundMention::text).toList(),
                "the office is not the prime minister");
    }

    @Test
    void anAbbreviationStillStandsForTheNameItFollows() {
        EntityAnalysis found = find("""
                The Northern Grain Board (NGB) raised its forecast on Monday.
                The NGB said exports would rise.
                """);

        DocumentEntity board = found.entities().stream().filter(e -> e.name().equals("Northern Grain Board"))
                .findFirst().orElseThrow(() -> new AssertionError(found.entities().toString()));
        assertEquals(EntityType.ORGANIZATION, board.type());
        assertEquals(List.of("Northern Grain Board", "NGB", "NGB"),
                board.mentions().stream().map(FoundMention::text).toList());
    }

    @Test
    void aDatelinesPlaceStaysAPlaceWhenTheStoryNamesItsTeam() {
        EntityAnalysis found = find("""
                BALTIMORE, March 2
                Baltimore beat Denver 4-2 on Sunday.
                Baltimore beat Boston 3-1 on Saturday.
                Baltimore now lead the division by three games.
                """);

        FoundMention dateline = found.mentions().stream().filter(m -> m.text().equals("BALTIMORE")).findFirst()
                .orElseThrow(() -> new AssertionError(found.mentions().toString()));
        assertEquals(EntityType.LOCATION, dateline.type(), found.mentions().toString());
    }
}
