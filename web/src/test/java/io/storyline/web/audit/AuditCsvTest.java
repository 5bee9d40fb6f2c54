package io.storyline.web.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.storyline.domain.audit.AuditEntry;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditCsvTest {

    @Test
    void everyCellIsQuotedAndInnerQuotesDoubled() {
        assertEquals("\"plain\"", AuditCsv.cell("plain"));
        assertEquals("\"\"", AuditCsv.cell(null));
        assertEquals("\"say \"\"hi\"\", then, go\"", AuditCsv.cell("say \"hi\", then, go"));
    }

    @Test
    void formulaStartsAreNeutralised() {
        assertEquals("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\"",
                AuditCsv.cell("=HYPERLINK(\"http://evil.example\",\"x\")"));
        for (String hostile : List.of("+1+1", "-2+3", "@SUM(A1)", "\tcmd", "\rcmd", "  =1+1", "＝1+1")) {
            assertEquals("\"'" + hostile.replace("\"", "\"\"") + "\"", AuditCsv.cell(hostile), hostile);
        }
        assertEquals("\"a=1\"", AuditCsv.cell("a=1"), "only a leading sign makes a formula");
        assertEquals("\"<script>alert(1)</script>\"", AuditCsv.cell("<script>alert(1)</script>"),
                "CSV is not HTML: text stays as it is, inert in a spreadsheet");
    }

    @Test
    void anEntryIsOneLineOfSevenCells() {
        AuditEntry entry = AuditEntry.of(Instant.parse("2026-03-01T10:00:00Z"), "anna", "TAG", "document 7",
                "added =cmd|' /C calc'!A0", "127.0.0.1", "curl/8");
        assertEquals("\"2026-03-01T10:00:00Z\",\"anna\",\"TAG\",\"document 7\",\"added =cmd|' /C calc'!A0\","
                + "\"127.0.0.1\",\"curl/8\"\r\n", AuditCsv.row(entry));
        assertEquals("\"when\",\"user\",\"action\",\"subject\",\"detail\",\"address\",\"user agent\"\r\n",
                AuditCsv.header());
    }
}
