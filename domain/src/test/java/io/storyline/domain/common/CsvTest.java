package io.storyline.domain.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void readsQuotedCellsWithCommasQuotesAndLineBreaksAndCountsLines() {
        String text = "\uFEFFalias,canonical,type\r\n"
                + "\"al-Quds, the holy city\",Jerusalem,LOCATION\r\n"
                + "\r\n"
                + "\"the \"\"Rais\"\"\",\"Mahmoud\nAbbas\",PERSON\n"
                + "last,row,OTHER";
        List<Csv.Row> rows = Csv.parse(text, 10);

        assertEquals(4, rows.size(), "a blank line is skipped");
        assertEquals(List.of("alias", "canonical", "type"), rows.get(0).cells(), "the byte order mark is dropped");
        assertEquals("al-Quds, the holy city", rows.get(1).cell(0));
        assertEquals(2, rows.get(1).line());
        assertEquals("the \"Rais\"", rows.get(2).cell(0));
        assertEquals("Mahmoud\nAbbas", rows.get(2).cell(1));
        assertEquals(4, rows.get(2).line());
        assertEquals(6, rows.get(3).line(), "a line break inside quotes still counts as a line");
        assertEquals(List.of("last", "row", "OTHER"), rows.get(3).cells(), "the last record needs no line end");
    }

    @Test
    void emptyCellsAreKept() {
        assertEquals(List.of("a", "", "c", ""), Csv.parse("a,,c,\n", 10).get(0).cells());
    }

    @Test
    void aQuoteNeverClosedNamesItsLine() {
        Csv.MalformedCsvException e = assertThrows(Csv.MalformedCsvException.class,
                () -> Csv.parse("a,b,c\nx,\"open,PERSON\ny,z,PERSON\n", 10));
        assertTrue(e.getMessage().startsWith("line 2:"), e.getMessage());
    }

    @Test
    void tooManyRowsAreRefused() {
        Csv.MalformedCsvException e = assertThrows(Csv.MalformedCsvException.class,
                () -> Csv.parse("a\nb\nc\n", 2));
        assertTrue(e.getMessage().contains("more than 2 rows"), e.getMessage());
    }

    @Test
    void formulaLikeCellsAreWrittenInertAndQuotedWhereNeeded() {
        assertEquals("\"'=HYPERLINK(\"\"http://evil\"\")\"", Csv.cell("=HYPERLINK(\"http://evil\")"));
        assertEquals("'+1", Csv.cell("+1"));
        assertEquals("'-2+3", Csv.cell("-2+3"));
        assertEquals("'@SUM(A1)", Csv.cell("@SUM(A1)"));
        assertEquals("'\tcmd", Csv.cell("\tcmd"));
        assertEquals("\"'\rcmd\"", Csv.cell("\rcmd"));
        assertEquals("\"a,b\"", Csv.cell("a,b"));
        assertEquals("plain", Csv.cell("plain"));
        assertEquals("", Csv.cell(null));
        assertEquals("' @SUM(A1)", Csv.cell(" @SUM(A1)"), "blanks before the sign do not hide it");
        assertEquals("'\u00A0=1+1", Csv.cell("\u00A0=1+1"), "nor do no-break spaces");
        assertEquals("'\uFF1D1+1", Csv.cell("\uFF1D1+1"), "full-width signs are signs to a spreadsheet");
        assertEquals("\"'\nx\"", Csv.cell("\nx"));
        assertEquals("a=1", Csv.cell("a=1"), "only a leading sign makes a formula");
        assertEquals("\"   \"", Csv.cell("   "), "blanks alone are kept, quoted");
    }

    @Test
    void whatIsWrittenReadsBackUnchanged() {
        List<String> hostile = List.of("=cmd|' /C calc'!A0", "+1", "-foo", "@x", "a,\"b\"\nc", "'quoted", " pad ",
                "Jerusalem", "  =1+1", "\uFF20x", "'=already quoted by someone");
        StringBuilder out = new StringBuilder();
        Csv.writeRow(out, hostile);
        Csv.writeRow(out, List.of("second", "row"));

        assertTrue(out.toString().startsWith("'=cmd|' /C calc'!A0,'+1,'-foo,'@x,"), out.toString());
        List<Csv.Row> back = Csv.parse(out.toString(), 10);
        assertEquals(hostile, back.get(0).cells());
        assertEquals(List.of("second", "row"), back.get(1).cells());
    }
}
