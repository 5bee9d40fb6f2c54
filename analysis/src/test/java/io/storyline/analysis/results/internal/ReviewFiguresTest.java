package io.storyline.analysis.results.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storyline.analysis.results.ReviewFigure;
import io.storyline.domain.curation.DecisionKind;
import io.storyline.domain.curation.DecisionRepository.SpanVerdict;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReviewFiguresTest {

    private static ReviewFigure figure(List<ReviewFigure> figures, String subject, String type) {
        return figures.stream().filter(f -> f.subject().equals(subject) && f.type().equals(type)).findFirst()
                .orElseThrow();
    }

    @Test
    void rejectedAndRetypedAreWrongAcceptedAndLinkedAreRight() {
        List<ReviewFigure> figures = ReviewFigures.of(List.of(
                        new SpanVerdict(DecisionKind.ACCEPT_MENTION, 1, 0, 5, "PERSON"),
                        new SpanVerdict(DecisionKind.LINK_MENTION, 1, 10, 15, "PERSON"),
                        new SpanVerdict(DecisionKind.REJECT_MENTION, 1, 20, 25, "PERSON"),
                        new SpanVerdict(DecisionKind.RETYPE_MENTION, 2, 0, 5, "PERSON"),
                        new SpanVerdict(DecisionKind.ADD_MENTION, 2, 30, 35, "LOCATION")),
                Map.of("PERSON", 17L, "LOCATION", 4L), Map.of());
        ReviewFigure person = figure(figures, "ENTITY", "PERSON");
        assertEquals(4, person.reviewed());
        assertEquals(2, person.correct());
        assertEquals(2, person.wrong());
        assertEquals(18, person.total(), "17 stored and 1 rejected (no longer stored)");
        assertEquals(0.5, person.precision(), 1e-9);
        assertEquals(4.0 / 18, person.share(), 1e-9);
        assertTrue(person.precisionLow() < 0.5 && person.precisionHigh() > 0.5);
        ReviewFigure location = figure(figures, "ENTITY", "LOCATION");
        assertEquals(0, location.reviewed(), "a mention a person added is not the machine's");
        assertTrue(Double.isNaN(location.precision()));
    }

    @Test
    void anEventCountsOnceHoweverManyDetailsWereCorrected() {
        List<ReviewFigure> figures = ReviewFigures.of(List.of(
                        new SpanVerdict(DecisionKind.DATE_EVENT, 3, 40, 45, "MEETING"),
                        new SpanVerdict(DecisionKind.PLACE_EVENT, 3, 40, 45, "MEETING"),
                        new SpanVerdict(DecisionKind.ACCEPT_EVENT, 3, 40, 45, "MEETING"),
                        new SpanVerdict(DecisionKind.REJECT_EVENT, 3, 50, 55, "MEETING"),
                        new SpanVerdict(DecisionKind.RETYPE_EVENT, 4, 1, 4, "STATEMENT")),
                Map.of(), Map.of("MEETING", 9L, "STATEMENT", 3L));
        ReviewFigure meeting = figure(figures, "EVENT", "MEETING");
        assertEquals(2, meeting.reviewed());
        assertEquals(1, meeting.correct());
        assertEquals(1, meeting.wrong());
        assertEquals(10, meeting.total());
        ReviewFigure statement = figure(figures, "EVENT", "STATEMENT");
        assertEquals(1, statement.wrong(), "retyped: the machine's type was wrong");
    }

    @Test
    void decisionsWithoutTheMachinesTypeAreNotCounted() {
        List<ReviewFigure> figures = ReviewFigures.of(List.of(
                new SpanVerdict(DecisionKind.ACCEPT_MENTION, 1, 0, 5, null)), Map.of("PERSON", 3L), Map.of());
        assertEquals(0, figure(figures, "ENTITY", "PERSON").reviewed());
    }
}
