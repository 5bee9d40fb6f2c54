package io.storyline.analysis.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DatelinesTest {

    @Test
    void aDatelineRunIntoTheFirstSentenceBecomesItsOwnLine() {
        assertEquals("JERUSALEM, May 1 \n US Secretary of State Antony Blinken met",
                Datelines.separate("JERUSALEM, May 1 - US Secretary of State Antony Blinken met"));
        assertEquals("Title\n\nTEL AVIV (Reuters) \n Families protested.",
                Datelines.separate("Title\n\nTEL AVIV (Reuters) \u2014 Families protested."));
        assertEquals("GAZA CITY, Gaza Strip, April 30 \n Trucks crossed.",
                Datelines.separate("GAZA CITY, Gaza Strip, April 30 \u2013 Trucks crossed."));
    }

    @Test
    void textWithoutADatelineIsLeftAlone() {
        for (String text : new String[] {"Blinken met Netanyahu - the talks went on.", "The US - Israel talks",
                "A - B", "NATO - the alliance - said", "Netanyahu said - twice - no."}) {
            assertEquals(text, Datelines.separate(text), text);
        }
    }
}
