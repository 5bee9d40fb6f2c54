package io.storyline.domain.curation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class DecisionTest {

    private static final Instant AT = Instant.EPOCH;

    @Test
    void aLaterDecisionAboutTheSameMentionReplacesTheEarlierOne() {
        Decision reject = Decision.aboutSpan(DecisionKind.REJECT_MENTION, 1, 10, 17, "editor", null, AT);
        Decision link = Decision.aboutSpan(DecisionKind.LINK_MENTION, 1, 10, 17, "editor", null, AT).withEntity(5);
        Decision elsewhere = Decision.aboutSpan(DecisionKind.REJECT_MENTION, 1, 20, 27, "editor", null, AT);
        assertTrue(link.sameSubject(reject));
        assertFalse(elsewhere.sameSubject(reject));
    }

    @Test
    void anEventsVerdictTypeAndDateAreDecidedApart() {
        Decision accept = Decision.aboutSpan(DecisionKind.ACCEPT_EVENT, 1, 10, 17, "editor", null, AT);
        Decision reject = Decision.aboutSpan(DecisionKind.REJECT_EVENT, 1, 10, 17, "editor", null, AT);
        Decision date = Decision.aboutSpan(DecisionKind.DATE_EVENT, 1, 10, 17, "editor", null, AT).withDate("2024-05-01");
        assertTrue(reject.sameSubject(accept));
        assertFalse(date.sameSubject(accept), "dating an event does not undo accepting it");
        Decision mention = Decision.aboutSpan(DecisionKind.REJECT_MENTION, 1, 10, 17, "editor", null, AT);
        assertFalse(mention.sameSubject(accept), "a mention and an event at one span are different things");
    }

    @Test
    void aNeverEntityDecisionHoldsForItsTextInAnyCase() {
        Decision he = Decision.neverEntity("He", "editor", "a pronoun", AT);
        assertTrue(he.sameSubject(Decision.neverEntity("he", "admin", null, AT)));
        assertThrows(IllegalArgumentException.class, () -> Decision.neverEntity(" ", "editor", null, AT));
        assertThrows(IllegalArgumentException.class,
                () -> Decision.aboutSpan(DecisionKind.NEVER_ENTITY, 1, 1, 2, "editor", null, AT));
    }

    @Test
    void aLaterPublicationDateOfTheSameDocumentReplacesTheEarlierOne() {
        Decision first = Decision.publicationDate(1, "2024-06-13", "editor", "the embargo", AT);
        assertTrue(Decision.publicationDate(1, "2024-06-14", "admin", null, AT).sameSubject(first));
        assertFalse(Decision.publicationDate(2, "2024-06-13", "editor", null, AT).sameSubject(first));
        assertFalse(Decision.aboutSpan(DecisionKind.DATE_EVENT, 1, 10, 17, "editor", null, AT).withDate("2024-05-01")
                .sameSubject(first), "dating an event is not dating the document");
        assertThrows(IllegalArgumentException.class, () -> Decision.publicationDate(1, " ", "editor", null, AT));
    }
}
