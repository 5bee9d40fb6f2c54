package io.storyline.analysis.knowledge;

import io.storyline.domain.common.Csv;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storyline.domain.entity.AliasKind;
import io.storyline.domain.entity.EntityType;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class KnowledgeCsvTest {

    private static final Instant AT = Instant.parse("2026-11-26T09:00:00Z");

    @Test
    void goodAliasRowsPassAndEachBadOneIsNamedByItsLine() {
        String csv = "alias,canonical,type,kind,note\n"
                + "al-Quds,Jerusalem,LOCATION\n"
                + "Bibi,Benjamin Netanyahu,PER,NAME,a nickname\n"
                + "top US diplomat,US Secretary of State,PERSON,DESCRIPTION\n"
                + "Rais,Mahmoud Abbas,PERSN\n"
                + "only two,cells\n"
                + "AL QUDS,Jerusalem,LOCATION\n"
                + "the press,Reuters,ORGANIZATION,DESCRIPTION\n"
                + ",nobody,PERSON\n"
                + "Jerusalem,Jerusalem,LOCATION\n"
                + "x,y,PERSON,NAME,note,extra\n"
                + "Gaza,Gaza Strip,LOCATION,SORT\n";
        KnowledgeCsv.Checked<KnowledgeCsv.AliasRow> checked = KnowledgeCsv.aliases(csv, "admin", AT);

        assertEquals(3, checked.rows().size(), checked.problems().toString());
        assertEquals(List.of(
                "line 5: unknown type 'PERSN' (use PERSON, ORGANIZATION, LOCATION or OTHER)",
                "line 6: expected at least 3 columns (alias,canonical,type,kind,note), found 2",
                "line 7: the same alias, type and kind as line 2",
                "line 8: a description alias stands for a person who holds a title",
                "line 9: the alias is empty",
                "line 10: \"Jerusalem\" is already the canonical name",
                "line 11: expected at most 5 columns (alias,canonical,type,kind,note), found 6",
                "line 12: unknown kind 'SORT' (use NAME or DESCRIPTION)"), checked.problems());
        KnowledgeCsv.AliasRow bibi = checked.rows().get(1);
        assertEquals(3, bibi.line());
        assertEquals(EntityType.PERSON, bibi.alias().type());
        assertEquals("a nickname", bibi.alias().note().orElseThrow());
        assertTrue(bibi.noteGiven());
        assertFalse(checked.rows().get(0).noteGiven(), "a row without the note column keeps the stored note");
        assertEquals(AliasKind.DESCRIPTION, checked.rows().get(2).alias().kind());
    }

    @Test
    void gazetteerRowsReadCaseSensitivityAndRejectWhatTheTableWouldNot() {
        String csv = "Al Mayadeen,ORGANIZATION,false,a broadcaster\n"
                + "X,ORG,true\n"
                + "Khan Younis,LOC\n"
                + "khan  younis,LOCATION\n"
                + "Somewhere,LOCATION,maybe\n"
                + "Line\u0007Break,OTHER\n"
                + "y".repeat(301) + ",OTHER\n";
        KnowledgeCsv.Checked<KnowledgeCsv.NameRow> checked = KnowledgeCsv.gazetteer(csv, "admin", AT);

        assertEquals(3, checked.rows().size(), checked.problems().toString());
        assertTrue(checked.rows().get(1).entry().caseSensitive());
        assertEquals(EntityType.LOCATION, checked.rows().get(2).entry().type());
        assertEquals(List.of(
                "line 4: the same name as line 3",
                "line 5: case_sensitive is true or false, not 'maybe'",
                "line 6: the name holds a line break or a control character",
                "line 7: the name has more than 300 characters"), checked.problems());
    }

    @Test
    void anExportedRowImportsBackAsTheSameEntry() {
        KnowledgeCsv.Checked<KnowledgeCsv.AliasRow> first = KnowledgeCsv.aliases(
                "\"=1+1\",\"Canonical, with comma\",OTHER,NAME,-note\n", "admin", AT);
        StringBuilder out = new StringBuilder();
        Csv.writeRow(out, KnowledgeCsv.ALIAS_COLUMNS);
        Csv.writeRow(out, KnowledgeCsv.row(first.rows().get(0).alias()));

        assertTrue(out.toString().contains("'=1+1"), "a formula is made inert: " + out);
        KnowledgeCsv.Checked<KnowledgeCsv.AliasRow> again = KnowledgeCsv.aliases(out.toString(), "admin", AT);
        assertEquals(List.of(), again.problems());
        assertEquals("=1+1", again.rows().get(0).alias().alias());
        assertEquals("Canonical, with comma", again.rows().get(0).alias().canonical());
        assertEquals("-note", again.rows().get(0).alias().note().orElseThrow());
    }

    @Test
    void aFileThatIsNotCsvIsRefusedWhole() {
        assertThrows(Csv.MalformedCsvException.class,
                () -> KnowledgeCsv.gazetteer("name,type\n\"never closed,OTHER\n", "admin", AT));
    }

    @Test
    void theReportSaysWhatHappenedAndHowManyProblemsItLeftOut() {
        ImportReport report = new ImportReport(2, 1, 4, 22, List.of("line 3: unknown type 'PERSN'"));
        assertEquals("2 added, 1 updated, 4 unchanged, 22 rejected: line 3: unknown type 'PERSN'; and 21 more.",
                report.summary());
        assertEquals("1 added, 0 updated, 0 unchanged, 0 rejected.", new ImportReport(1, 0, 0, 0, List.of()).summary());
    }
}
