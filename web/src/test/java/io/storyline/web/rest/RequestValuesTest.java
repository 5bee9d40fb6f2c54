package io.storyline.web.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storyline.domain.common.PageRequest;
import org.junit.jupiter.api.Test;

/** Pages and sizes of every listing: extreme, negative and wordy values are refused by name, never passed on. */
class RequestValuesTest {

    @Test
    void pagesAndSizesWithinBoundsAreRead() {
        assertEquals(new PageRequest(0, 20), RequestValues.page(null, "", 20, 500));
        assertEquals(new PageRequest(3, 500), RequestValues.page(" 3 ", "500", 20, 500));
    }

    @Test
    void extremeNegativeAndWordyValuesAreRefusedNamingTheParameter() {
        for (String page : new String[] {"2147483647", "2147483648", "99999999999999999999", "-1", "abc", "1e3",
                "0x10"}) {
            InvalidRequestException e = assertThrows(InvalidRequestException.class,
                    () -> RequestValues.page(page, "20", 20, 500), page);
            assertTrue(e.getMessage().startsWith("\"page\" is a whole number from 0 to "), e.getMessage());
        }
        for (String size : new String[] {"0", "501", "-5", "many"}) {
            InvalidRequestException e = assertThrows(InvalidRequestException.class,
                    () -> RequestValues.page("0", size, 20, 500), size);
            assertTrue(e.getMessage().startsWith("\"size\" is a whole number from 1 to 500"), e.getMessage());
        }
    }

    @Test
    void aPageSaysWhatALinkGotWrongInAPersonsWords() {
        InvalidRequestException e = assertThrows(InvalidRequestException.class,
                () -> RequestValues.number("entity", "Blinken"));
        assertEquals("\"entity\" is a whole number, not \"Blinken\".", e.getMessage(), "the API's words stay");
        assertEquals("The link gives \u201cBlinken\u201d for the entity, where a number such as 42 belongs.",
                e.forPeople());
        assertEquals("The link gives \u201cyesterday\u201d for the from, where a day such as 2024-04-04 belongs.",
                assertThrows(InvalidRequestException.class, () -> RequestValues.day("from", "yesterday")).forPeople());
    }

    @Test
    void theDeepestPageStillHasAnOffsetThatFits() {
        PageRequest deepest = RequestValues.page(Integer.toString(PageRequest.MAX_OFFSET / 500), "500", 20, 500);
        assertEquals(PageRequest.MAX_OFFSET, deepest.offset());
        assertThrows(IllegalArgumentException.class, () -> new PageRequest(Integer.MAX_VALUE, 500));
    }

    @Test
    void longValuesAreNotEchoedWhole() {
        InvalidRequestException e = assertThrows(InvalidRequestException.class,
                () -> RequestValues.integer("limit", "9".repeat(500), 1, 100, 15));
        assertTrue(e.getMessage().length() < 150, e.getMessage());
    }
}
