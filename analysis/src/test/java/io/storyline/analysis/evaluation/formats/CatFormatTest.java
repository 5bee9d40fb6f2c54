package io.storyline.analysis.evaluation.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CatFormatTest {

    /**
     * Made up in MEANTIME's layout: tokens, markables anchored on them, an ENTITY instance carrying the type,
     * REFERS_TO with several sources, a participant pointing at a VALUE, a TIMEX3 on no token.
     */
    private static final String GOLD = """
            <?xml version="1.0" ?><Document doc_id="1" doc_name="1_Test" lang="en" url="http://example.org/1">
            <token number="0" sentence="0" t_id="1">Jobs</token>
            <token number="1" sentence="0" t_id="2">&quot;quit&quot;</token>
            <token number="2" sentence="1" t_id="3">May</token>
            <token number="3" sentence="1" t_id="4">5</token>
            <token number="4" sentence="2" t_id="5">He</token>
            <token number="5" sentence="2" t_id="6">paid</token>
            <token number="6" sentence="2" t_id="7">$</token>
            <token number="7" sentence="2" t_id="8">5</token>
            <Markables>
            <ENTITY_MENTION comment="" head="" m_id="10" syntactic_type="NAM">
            <token_anchor t_id="1"/>
            </ENTITY_MENTION>
            <ENTITY_MENTION comment="" head="" m_id="11" syntactic_type="PRO">
            <token_anchor t_id="5"/>
            </ENTITY_MENTION>
            <ENTITY_MENTION comment="" head="" m_id="12" syntactic_type="">
            <token_anchor t_id="8"/>
            </ENTITY_MENTION>
            <EVENT_MENTION m_id="20" pred="quit">
            <token_anchor t_id="2"/>
            </EVENT_MENTION>
            <EVENT_MENTION m_id="21" pred="pay">
            <token_anchor t_id="6"/>
            <token_anchor t_id="2"/>
            </EVENT_MENTION>
            <TIMEX3 m_id="30" type="DATE" value="2011-05-05" functionInDocument="CREATION_TIME">
            <token_anchor t_id="3"/>
            <token_anchor t_id="4"/>
            </TIMEX3>
            <TIMEX3 m_id="31" type="DATE" value="2011" functionInDocument="NONE"/>
            <VALUE m_id="40" type="MONEY">
            <token_anchor t_id="7"/>
            <token_anchor t_id="8"/>
            </VALUE>
            <ENTITY ent_type="PER" m_id="50" TAG_DESCRIPTOR="Steve Jobs"/>
            </Markables>
            <Relations>
            <REFERS_TO r_id="1"><source m_id="10"/><source m_id="11"/><target m_id="50"/></REFERS_TO>
            <HAS_PARTICIPANT r_id="2" sem_role="Arg0"><source m_id="20"/><target m_id="10"/></HAS_PARTICIPANT>
            <HAS_PARTICIPANT r_id="3" sem_role="Arg1"><source m_id="21"/><target m_id="40"/></HAS_PARTICIPANT>
            <TLINK r_id="4" reltype="BEFORE"><source m_id="20"/><target m_id="30"/></TLINK>
            </Relations>
            </Document>
            """;

    @Test
    void rebuildsTheTextFromTokensAndKnowsEachTokensPlace() throws GoldFormatException {
        CatDocument document = new CatReader().parse(GOLD, "test");

        assertEquals("Jobs \"quit\"\nMay 5\nHe paid $ 5", document.text());
        CatToken paid = document.tokens().get(5);
        assertEquals("paid", document.text().substring(paid.begin(), paid.end()));
        assertEquals(List.of(4, 5), document.tokensOverlapping(19, 22), "a shared character is enough");
        assertEquals(LocalDate.of(2011, 5, 5), document.creationDate());
        assertEquals("http://example.org/1", document.attributes().get("url"));
    }

    @Test
    void mentionTypesComeFromTheEntityTheyReferTo() throws GoldFormatException {
        CatDocument document = new CatReader().parse(GOLD, "test");

        assertEquals(List.of(new CatEntityMention("10", List.of(0), "PER", "NAM"),
                new CatEntityMention("11", List.of(4), "PER", "PRO"),
                new CatEntityMention("12", List.of(7), null, null)), document.entities());
        assertEquals(List.of(new CatEventMention("20", List.of(1)), new CatEventMention("21", List.of(1, 5))),
                document.events());
        assertEquals(List.of(new CatTimex("30", List.of(2, 3), "DATE", "2011-05-05", true),
                new CatTimex("31", List.of(), "DATE", "2011", false)), document.timexes());
    }

    @Test
    void onlyParticipantsThatAreEntityMentionsAreKept() throws GoldFormatException {
        assertEquals(List.of(new CatParticipant("20", "10", "Arg0")),
                new CatReader().parse(GOLD, "test").participants());
    }

    @Test
    void anAnchorOnAMissingTokenIsAGoldFormatError() {
        String broken = GOLD.replace("<token_anchor t_id=\"5\"/>", "<token_anchor t_id=\"99\"/>");

        assertThrows(GoldFormatException.class, () -> new CatReader().parse(broken, "test"));
    }

    @Test
    void whatWeWriteReadsBackToTheSameDocument() throws GoldFormatException {
        CatDocument gold = new CatReader().parse(GOLD, "test");
        CatDocument ours = new CatDocument(gold.attributes(), gold.tokens(), gold.text(),
                List.of(new CatEntityMention("1", List.of(0), "PER", null), new CatEntityMention("2", List.of(6, 7), null, null)),
                List.of(new CatEventMention("3", List.of(5))),
                List.of(new CatTimex("4", List.of(), "DATE", "2011-05-05", true), new CatTimex("5", List.of(2, 3), "DATE", null, false)),
                List.of(new CatParticipant("3", "1", null)));

        String written = new CatWriter().render(ours);
        CatDocument reread = new CatReader().parse(written, "written");

        assertEquals(ours, reread);
        assertTrue(written.contains("<token t_id=\"2\" sentence=\"0\" number=\"1\">&quot;quit&quot;</token>"));
        assertNull(reread.timexes().get(1).value());
        assertEquals(Map.of("doc_id", "1", "doc_name", "1_Test", "lang", "en", "url", "http://example.org/1"),
                reread.attributes());
    }
}
