package io.storyline.analysis.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storyline.analysis.entities.DocumentEntity;
import io.storyline.analysis.entities.FoundMention;
import io.storyline.analysis.events.FoundEvent;
import io.storyline.analysis.events.FoundParticipant;
import io.storyline.domain.document.ReferenceSource;
import io.storyline.domain.entity.EntityType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Plain text with markup in it (pasted from a page, or planted): tags, scripts, character references and
 * attributes never come back as part of a name, a mention, a participant or a place, while the ordinary names
 * beside them are still found, with their types. Real models, seed knowledge.
 */
class MarkupIsNeverANameTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 5, 1);
    /** What would let a name render as markup: a bracket, a reference, an attribute. */
    private static final Pattern MARKUP = Pattern.compile("[<>]|&#?[A-Za-z0-9]+;?|[A-Za-z_]\\s*=");

    private static DocumentAnalysis analyse(String text) {
        return RealModels.analyzer().analyze(text, PUBLISHED, ReferenceSource.PUBLICATION_DATE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Linda <img src='x' onerror='window.__pwned=1'> Greenfield met Angela Merkel in Geneva on Tuesday.",
        "John <b>Smith</b> met Angela Merkel in Geneva on Tuesday.",
        "Mary&lt;img&gt; Jones met Angela Merkel in Geneva on Tuesday.",
        "Peter &#60;script&#62; Miller and Tom &gt Brown met Angela Merkel in Geneva on Tuesday.",
        "Anna <script>alert(1)</script> Schmidt met Angela Merkel in Geneva on Tuesday. Then </script> Klaus Weber left.",
        "Sarah <img src=x onerror=alert(1) Connor met Angela Merkel in Geneva on Tuesday.",
        "Paul &#x3C;b&#x3E;Novak met Angela Merkel in Geneva on Tuesday."})
    void noNameHoldsMarkupAndTheOrdinaryNamesAreFound(String text) {
        DocumentAnalysis analysis = analyse(text);

        List<String> names = new ArrayList<>();
        analysis.entities().mentions().forEach(m -> names.add("mention " + m.text()));
        analysis.entities().entities().forEach(e -> names.add("entity " + e.name()));
        for (FoundEvent e : analysis.events()) {
            e.participants().forEach(p -> names.add("participant " + p.name()));
            if (e.place() != null) {
                names.add("place " + e.place().name());
            }
        }
        assertEquals(List.of(), names.stream().filter(n -> MARKUP.matcher(n).find()).toList(), names.toString());

        assertEquals(EntityType.PERSON, entity(analysis, "Angela Merkel").type(), names.toString());
        assertEquals(EntityType.LOCATION, entity(analysis, "Geneva").type(), names.toString());
        FoundEvent meeting = analysis.events().stream().filter(e -> e.type().equals("MEETING")).findFirst()
                .orElseThrow(() -> new AssertionError("the meeting: " + analysis.events()));
        assertTrue(meeting.participants().stream().anyMatch(p -> p.entity() != null
                && p.entity().name().equals("Angela Merkel")), meeting.toString());
        assertEquals("Geneva", meeting.place().name());
    }

    @Test
    void theNamesAroundATagAreNamesWithoutIt() {
        DocumentAnalysis analysis = analyse(
                "Linda <img src='x' onerror='window.__pwned=1'> Greenfield met Angela Merkel in Geneva on Tuesday.");
        List<String> mentions = analysis.entities().mentions().stream().map(FoundMention::text).toList();
        assertTrue(mentions.contains("Linda") && mentions.contains("Greenfield"), mentions.toString());
        assertFalse(mentions.stream().anyMatch(m -> m.contains("img") || m.contains("onerror")), mentions.toString());
    }

    @Test
    void aGroupOfPeopleIsNamedInWordsOnly() {
        DocumentAnalysis analysis = analyse("Antony Blinken was surrounded on Tuesday in Tel Aviv by protesting"
                + " families of <b>Israeli</b> captives.");
        FoundEvent protest = analysis.events().stream().filter(e -> e.type().equals("PROTEST")).findFirst()
                .orElseThrow(() -> new AssertionError("the protest: " + analysis.events()));
        List<String> groups = protest.participants().stream().filter(p -> p.entity() == null)
                .map(FoundParticipant::name).toList();
        assertEquals(List.of("protesting families"), groups, "without the \"of\" phrase that holds markup: " + protest);
        assertEquals("Tel Aviv", protest.place().name());
    }

    @Test
    void ampersandsInNamesAreNotMarkup() {
        DocumentAnalysis analysis = analyse("AT&T and Procter & Gamble reported results in New York on Tuesday.");
        assertEquals(EntityType.ORGANIZATION, entity(analysis, "AT&T").type());
        assertEquals(EntityType.ORGANIZATION, entity(analysis, "Procter & Gamble").type());
    }

    private static DocumentEntity entity(DocumentAnalysis analysis, String name) {
        return analysis.entities().entities().stream().filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no entity " + name + " among " + analysis.entities().entities()
                        .stream().map(DocumentEntity::name).toList()));
    }
}
