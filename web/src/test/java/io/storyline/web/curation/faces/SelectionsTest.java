package io.storyline.web.curation.faces;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class SelectionsTest {

    private static final String TEXT = "Hamas said on Monday. Later, Hamas met Qatar's envoy in Doha.\r\nHamas left.";

    @Test
    void offsetsThatMatchAreTaken() {
        int at = TEXT.indexOf("Qatar");
        assertArrayEquals(new int[] {at, at + 5}, Selections.locate(TEXT, at, at + 5, "Qatar"));
    }

    @Test
    void spacesAroundTheSelectionAreDropped() {
        int at = TEXT.indexOf("Doha");
        assertArrayEquals(new int[] {at, at + 4}, Selections.locate(TEXT, at - 1, at + 5, " Doha."
                .substring(0, 5)));
    }

    @Test
    void offsetsThatDriftedFindTheNearestOccurrence() {
        int second = TEXT.indexOf("Hamas", 5);
        assertArrayEquals(new int[] {second, second + 5}, Selections.locate(TEXT, second - 2, second + 3, "Hamas"));
        int third = TEXT.lastIndexOf("Hamas");
        assertArrayEquals(new int[] {third, third + 5}, Selections.locate(TEXT, third - 1, third + 4, "Hamas"),
                "the browser counts the CR LF as one character");
    }

    @Test
    void wordsNotInTheTextAreNotFound() {
        assertNull(Selections.locate(TEXT, 0, 4, "Gaza"));
        assertNull(Selections.locate(TEXT, 0, 4, "   "));
        assertNull(Selections.locate(TEXT, -1, -1, null));
    }
}
