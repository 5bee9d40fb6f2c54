package io.storyline.analysis.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storyline.analysis.pipeline.DocumentAnalysis;
import io.storyline.analysis.pipeline.RealModels;
import io.storyline.domain.document.ReferenceSource;
import io.storyline.domain.event.Listing;
import io.storyline.domain.event.Modality;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The classes of error the seed article showed, on sentences of our own (published Wednesday 1 May 2024): a source's
 * attribution listed as an event, one statement listed five times, vague agents, a future protest dated as if it
 * had happened; and the market and business types.
 */
class ListingTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 5, 1);

    private static List<FoundEvent> events(String text) {
        DocumentAnalysis a = RealModels.analyzer().analyze(text, PUBLISHED, ReferenceSource.PUBLICATION_DATE);
        return a.events();
    }

    private static FoundEvent find(List<FoundEvent> events, String trigger) {
        return events.stream().filter(e -> e.trigger().equals(trigger)).findFirst()
                .orElseThrow(() -> new AssertionError("no \"" + trigger + "\" among " + events));
    }

    @Test
    void aSourceNamedAtTheEndOfTheSentenceIsNotListedButWhatItReportsIs() {
        List<FoundEvent> events = events("Maria Lopez met Tom Becker in Lisbon on Monday, the ministry said.");
        assertEquals(Listing.LISTED, find(events, "met").listing());
        assertEquals(Listing.SOURCE, find(events, "said").listing(), "the ministry only says where the news is from");
    }

    @Test
    void aStatementWithADateOfItsOwnIsAHappening() {
        FoundEvent said = find(events("Tom Becker said on Monday that the harbour would reopen."), "said");
        assertEquals(Listing.LISTED, said.listing());
        assertEquals("2024-04-29", said.date().value());
    }

    @Test
    void onePersonSayingThingsOnOneDayIsOneListedStatement() {
        List<FoundEvent> events = events("Maria Lopez stressed the need for calm on Tuesday. "
                + "She reiterated her position in a speech.");
        assertEquals(Listing.LISTED, find(events, "stressed").listing());
        assertEquals(Listing.REPEAT, find(events, "reiterated").listing(), "the same day, the same speaker");
        assertEquals(1, events.stream().filter(FoundEvent::listed).count(), events.toString());
    }

    @Test
    void aProtestVowedForLaterIsPlannedAndUndated() {
        FoundEvent protests = find(events("The farmers vowed to intensify their protests in the coming weeks."),
                "protests");
        assertEquals(Modality.PLANNED, protests.modality());
        assertNull(protests.date(), "it has not happened");
    }

    @Test
    void effortsAreNobodysAgentAndAWishedForCeasefireIsOnlyATopic() {
        FoundEvent ceasefire = find(events("The two unions focused on efforts to reach a ceasefire in the port."),
                "ceasefire");
        assertTrue(ceasefire.participants().stream().noneMatch(p -> p.name().contains("efforts")),
                ceasefire.participants().toString());
        assertEquals(Listing.TOPIC, ceasefire.listing());
    }

    @Test
    void marketMovementsAndBusinessDecisionsHaveTypesOfTheirOwn() {
        List<FoundEvent> events = events("Norvex shares rose 4 percent on Tuesday after the company cut 300 jobs "
                + "and sold its truck unit.");
        assertEquals("MARKET_MOVEMENT", find(events, "shares rose").type());
        assertEquals("BUSINESS_DEAL", find(events, "cut 300 jobs").type());
        assertEquals("BUSINESS_DEAL", find(events, "sold").type());
        assertTrue(find(events, "sold").participants().stream().anyMatch(p -> p.name().equals("company")));
    }
}
