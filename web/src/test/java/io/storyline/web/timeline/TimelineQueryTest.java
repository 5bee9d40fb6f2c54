package io.storyline.web.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storyline.domain.timeline.TimelineFilter;
import io.storyline.web.rest.InvalidRequestException;
import org.junit.jupiter.api.Test;

/** The timeline's {@code events} parameter: one report per happening unless {@code all} is asked for. */
class TimelineQueryTest {

    @Test
    void withoutTheParameterOrWithListedATimelineShowsOneReportPerHappening() {
        assertFalse(TimelineQuery.filter("7", null, null, null, null, null).allEvents());
        assertFalse(TimelineQuery.filter("7", null, null, null, null, null, "").allEvents());
        assertFalse(TimelineQuery.filter("7", null, null, null, null, null, " Listed ").allEvents());
    }

    @Test
    void allAsksForEveryReportAndKeepsTheOtherFilters() {
        TimelineFilter filter = TimelineQuery.filter("7", null, "ceasefire", null, "2024-05-01", null, "all");
        assertTrue(filter.allEvents());
        assertEquals(7L, filter.entityId());
        assertEquals("ceasefire", filter.query());
        assertTrue(filter.withAllEvents(false).equals(TimelineQuery.filter("7", null, "ceasefire", null,
                "2024-05-01", null)), "the same filter, listed events only");
    }

    @Test
    void anyOtherValueIsABadRequestThatNamesTheParameter() {
        InvalidRequestException e = assertThrows(InvalidRequestException.class,
                () -> TimelineQuery.filter("7", null, null, null, null, null, "some"));
        assertEquals("\"events\" is listed (one report per happening) or all, not \"some\".", e.getMessage());
    }
}
