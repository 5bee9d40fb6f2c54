package io.storyline.domain.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The cases of both readers of datelines: analysis separating them, extraction dating the document by them. */
class DatelineTest {

    private final LocalDate arrived = LocalDate.of(2024, 5, 2);

    // Analysis: the dateline becomes a sentence of its own.

    @Test
    void aDatelineRunIntoTheFirstSentenceBecomesItsOwnLine() {
        assertEquals("JERUSALEM, May 1 \n US Secretary of State Antony Blinken met",
                Dateline.separate("JERUSALEM, May 1 - US Secretary of State Antony Blinken met"));
        assertEquals("Title\n\nTEL AVIV (Reuters) \n Families protested.",
                Dateline.separate("Title\n\nTEL AVIV (Reuters) \u2014 Families protested."));
        assertEquals("GAZA CITY, Gaza Strip, April 30 \n Trucks crossed.",
                Dateline.separate("GAZA CITY, Gaza Strip, April 30 \u2013 Trucks crossed."));
    }

    @Test
    void separatingKeepsTheTextsLengthSoOffsetsStillPointIntoTheOriginal() {
        String text = "Jerusalem, April 4, 2024 -- President Biden called.\nWASHINGTON (AP) - Talks resumed.";
        String separated = Dateline.separate(text);
        assertEquals("Jerusalem, April 4, 2024 \n  President Biden called.\nWASHINGTON (AP) \n Talks resumed.", separated);
        assertEquals(text.length(), separated.length());
    }

    @Test
    void textWithoutADatelineIsLeftAlone() {
        for (String text : new String[] {"Blinken met Netanyahu - the talks went on.", "The US - Israel talks",
                "A - B", "NATO - the alliance - said", "Netanyahu said - twice - no.", "Israel - Hamas talks resume",
                "US-Israel Talks"}) {
            assertEquals(text, Dateline.separate(text), text);
        }
    }

    // Extraction: the dateline dates the document.

    @Test
    void aWireDatelineWithoutYearTakesTheArrivalYear() {
        DateCandidate date = Dateline.dating("Blinken in Israel\n\nWASHINGTON, May 1 (Reuters) - The top US diplomat ...",
                arrived).orElseThrow().asCandidate().orElseThrow();

        assertEquals(DateSource.DATELINE, date.source());
        assertEquals(LocalDate.of(2024, 5, 1), date.day());
        assertEquals("WASHINGTON, May 1 (Reuters) -", date.raw().orElseThrow());
    }

    @Test
    void aDatelineLaterInTheYearThanArrivalBelongsToLastYear() {
        assertEquals(LocalDate.of(2023, 12, 30), day("GAZA CITY, Dec. 30 (AP) \u2014 Airstrikes ..."));
    }

    @Test
    void dayFirstAndFullDatesAreReadToo() {
        assertEquals(LocalDate.of(2024, 4, 30), day("TEL AVIV, 30 April 2024 (AFP) - Families of captives ..."));
        assertEquals(LocalDate.of(2024, 4, 4), day("Jerusalem, April 4, 2024 -- President Biden called ..."));
        assertEquals(LocalDate.of(2024, 4, 30), day("GAZA CITY, Gaza Strip, April 30 \u2013 Trucks crossed."));
    }

    @Test
    void aDatelineWithoutADayDoesNotDateTheDocumentButALaterOneDoes() {
        assertTrue(Dateline.dating("TEL AVIV (Reuters) \u2014 Families protested.", arrived).isEmpty());
        assertEquals(LocalDate.of(2024, 5, 1), day("TEL AVIV (Reuters) \u2014 Families protested.\n"
                + "JERUSALEM, May 1 - Talks resumed."));
    }

    @Test
    void textWithoutADatelineHasNone() {
        assertTrue(Dateline.dating("US Secretary of State Antony Blinken met Netanyahu on Wednesday.", arrived).isEmpty());
        assertTrue(Dateline.dating("Netanyahu, Blinken discuss need to avoid further escalation in Gaza", arrived).isEmpty());
        assertTrue(Dateline.dating("JERUSALEM, April 31 - No such day.", arrived).isEmpty());
    }

    @Test
    void onlyTheOpeningOfATextIsSearched() {
        String late = "Opening paragraph. ".repeat(30) + "\nWASHINGTON, May 1 (Reuters) - Talks resumed.";
        assertTrue(Dateline.dating(late, arrived).isEmpty());
    }

    private LocalDate day(String text) {
        return Dateline.dating(text, arrived).orElseThrow().date().orElseThrow();
    }
}
