package io.storyline.analysis.evaluation.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimeMlFormatTest {

    /** Made up in the TempEval-3 layout: DCT outside TEXT, EVENT and SIGNAL tags inside, an entity, CRLF outside. */
    private static final String GOLD = """
            <?xml version="1.0" ?>
            <TimeML xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
            <DOCID>XYZ19990101.0001</DOCID>
            <DCT><TIMEX3 tid="t0" type="TIME" value="1999-01-01T09:30" temporalFunction="false" \
            functionInDocument="CREATION_TIME">01/01/1999 09:30:00</TIMEX3></DCT>
            <EXTRAINFO>XYZ &amp;UR;\r\nNEWS</EXTRAINFO>
            <TEXT>
            Smith &amp; Sons <EVENT eid="e1" class="OCCURRENCE">closed</EVENT> <SIGNAL sid="s1">on</SIGNAL> \
            <TIMEX3 tid="t5" type="DATE" value="1998-12-31" temporalFunction="true" functionInDocument="NONE" \
            anchorTimeID="t0">Thursday</TIMEX3> after <TIMEX3 tid="t6" type="DURATION" value="P2Y" \
            temporalFunction="false" functionInDocument="NONE">two years</TIMEX3>.
            </TEXT>
            <MAKEINSTANCE eventID="e1" eiid="ei1" tense="PAST" aspect="NONE" polarity="NEG" modality="could" pos="VERB"/>
            <TLINK lid="l1" relType="BEFORE" eventInstanceID="ei1" relatedToTime="t0" />
            <TLINK lid="l2" relType="INCLUDES" timeID="t5" relatedToEventInstance="ei1" />
            </TimeML>
            """;

    private static final String TEXT = "\nSmith & Sons closed on Thursday after two years.\n";

    @Test
    void readsEventsWithTheirInstanceAttributesAndTheirLinksToTimesEitherWayRound() throws GoldFormatException {
        TimeMlDocument document = new TimeMlReader().parse(GOLD, "fallback", "test");

        assertEquals(List.of(new TimeMlEvent("e1", 14, 20, "OCCURRENCE", "PAST", "NONE", "NEG", "could")),
                document.events());
        assertEquals("closed", document.text().substring(14, 20));
        assertEquals(List.of(new TimeMlTimeLink("e1", "t0", "BEFORE"), new TimeMlTimeLink("e1", "t5", "INCLUDES")),
                document.timeLinks());
    }

    @Test
    void readsTheRawTextWithoutMarkupAndTheGoldOffsetsIntoIt() throws GoldFormatException {
        TimeMlDocument document = new TimeMlReader().parse(GOLD, "fallback", "test");

        assertEquals("XYZ19990101.0001", document.id());
        assertEquals(LocalDate.of(1999, 1, 1), document.creationDate());
        assertEquals("1999-01-01T09:30", document.creationValue());
        assertEquals(TEXT, document.text());
        assertEquals(List.of(new TimeMlTimex("t5", 24, 32, "DATE", "1998-12-31"),
                new TimeMlTimex("t6", 39, 48, "DURATION", "P2Y")), document.timexes());
        assertEquals("Thursday", document.text().substring(24, 32));
    }

    @Test
    void aDocumentWithoutDocidOrCalendarDateStillReads() throws GoldFormatException {
        TimeMlDocument document = new TimeMlReader().parse("""
                <TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="1998-W02" functionInDocument="CREATION_TIME">\
                this week</TIMEX3></DCT><TEXT>Nothing here.</TEXT></TimeML>""", "APW1", "test");

        assertEquals("APW1", document.id());
        assertNull(document.creationDate());
        assertEquals(List.of(), document.timexes());
    }

    @Test
    void brokenXmlAndMissingTextAreGoldFormatErrors() {
        TimeMlReader reader = new TimeMlReader();

        assertThrows(GoldFormatException.class, () -> reader.parse("<TimeML><TEXT>a < b</TEXT></TimeML>", "x", "t"));
        assertThrows(GoldFormatException.class, () -> reader.parse("<TimeML><DOCID>x</DOCID></TimeML>", "x", "t"));
    }

    @Test
    void writingKeepsEverythingOutsideTextAndOnlyOurTagsInside() throws GoldFormatException {
        List<TimeMlTimex> ours = List.of(new TimeMlTimex(null, 39, 48, "DURATION", "P2Y"),
                new TimeMlTimex(null, 1, 13, "DATE", "a\"b<c"));

        String written = new TimeMlWriter().render(GOLD, TEXT, ours, "test");

        assertTrue(written.startsWith(GOLD.substring(0, GOLD.indexOf("<TEXT>"))), "header copied as it was");
        assertTrue(written.endsWith(GOLD.substring(GOLD.indexOf("</TEXT>"))), "links and closing copied as they were");
        assertTrue(written.contains("<TIMEX3 tid=\"t1\" type=\"DATE\" value=\"a&quot;b&lt;c\">Smith &amp; Sons</TIMEX3>"));
        assertTrue(!written.contains("<EVENT") && !written.contains("<SIGNAL"), "gold tags dropped");
    }

    @Test
    void ourTidsSkipThoseTheRestOfTheFileUses() throws GoldFormatException {
        String goldWithDctT1 = GOLD.replace("tid=\"t0\"", "tid=\"t1\"");

        String written = new TimeMlWriter().render(goldWithDctT1, TEXT,
                List.of(new TimeMlTimex(null, 39, 48, "DURATION", "P2Y")), "test");

        assertTrue(written.contains("<TIMEX3 tid=\"t2\" type=\"DURATION\" value=\"P2Y\">two years</TIMEX3>"));
    }

    @Test
    void whatWeWriteReadsBackToExactlyOurSpans() throws GoldFormatException {
        List<TimeMlTimex> ours = List.of(new TimeMlTimex(null, 1, 13, "DATE", "X"),
                new TimeMlTimex(null, 24, 32, "DATE", "1998-12-31"), new TimeMlTimex(null, 39, 48, null, null));

        TimeMlDocument reread = new TimeMlReader().parse(new TimeMlWriter().render(GOLD, TEXT, ours, "test"), "x", "t");

        assertEquals(TEXT, reread.text());
        assertEquals(LocalDate.of(1999, 1, 1), reread.creationDate());
        assertEquals(List.of(new TimeMlTimex("t1", 1, 13, "DATE", "X"), new TimeMlTimex("t2", 24, 32, "DATE", "1998-12-31"),
                new TimeMlTimex("t3", 39, 48, null, null)), reread.timexes());
    }

    @Test
    void spansThatCannotBeTaggedAreLeftOut() {
        List<TimeMlTimex> kept = TimeMlWriter.writable(TEXT, List.of(
                new TimeMlTimex(null, 24, 32, "DATE", "a"),
                new TimeMlTimex(null, 24, 48, "DATE", "longer, same start"),
                new TimeMlTimex(null, 30, 40, "DATE", "crosses"),
                new TimeMlTimex(null, 45, 400, "DATE", "past the end"),
                new TimeMlTimex(null, 5, 5, "DATE", "empty")));

        assertEquals(List.of(new TimeMlTimex(null, 24, 48, "DATE", "longer, same start")), kept);
    }
}
