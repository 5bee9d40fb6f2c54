package io.storyline.web.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.storyline.domain.audit.AuditEntry;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuditCsvTest {

    @Test
    void anEntryIsOneLineOfSevenCellsWithFormulasInert() {
        AuditEntry entry = AuditEntry.of(Instant.parse("2026-03-01T10:00:00Z"), "anna", "TAG", "document 7",
                "=cmd|' /C calc'!A0, said \"x\"", "127.0.0.1", "curl/8");
        assertEquals("2026-03-01T10:00:00Z,anna,TAG,document 7,\"'=cmd|' /C calc'!A0, said \"\"x\"\"\","
                + "127.0.0.1,curl/8\r\n", AuditCsv.row(entry));
        assertEquals("when,user,action,subject,detail,address,user agent\r\n", AuditCsv.header());
    }
}
