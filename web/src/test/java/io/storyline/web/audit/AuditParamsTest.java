package io.storyline.web.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.storyline.domain.audit.AuditFilter;
import io.storyline.web.rest.InvalidRequestException;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AuditParamsTest {

    @Test
    void daysIncludeTheWholeToDayAndActionsAreChecked() {
        AuditFilter filter = new AuditParams(" report ", "anna", "upload", "2026-01-01", "2026-01-31", null, null)
                .filter();
        assertEquals("report", filter.text());
        assertEquals("UPLOAD", filter.action());
        assertEquals(Instant.parse("2026-01-01T00:00:00Z"), filter.from());
        assertEquals(Instant.parse("2026-02-01T00:00:00Z"), filter.to());
        assertEquals(Instant.parse("2026-01-05T10:00:00Z"),
                new AuditParams(null, null, null, "2026-01-05T10:00:00Z", null, null, null).filter().from());
        assertThrows(InvalidRequestException.class,
                () -> new AuditParams(null, null, "DROP_TABLES", null, null, null, null).filter());
        assertThrows(InvalidRequestException.class,
                () -> new AuditParams(null, null, null, "yesterday", null, null, null).filter());
        assertThrows(InvalidRequestException.class,
                () -> new AuditParams(null, null, null, "2026-02-01", "2026-01-01", null, null).filter());
    }

    @Test
    void pagesAreBounded() {
        assertEquals(50, new AuditParams(null, null, null, null, null, null, null).pageRequest().size());
        assertEquals(200, new AuditParams(null, null, null, null, null, "3", "200").pageRequest().size());
        assertThrows(InvalidRequestException.class,
                () -> new AuditParams(null, null, null, null, null, null, "201").pageRequest());
        assertThrows(InvalidRequestException.class,
                () -> new AuditParams(null, null, null, null, null, "-1", null).pageRequest());
    }

    @Test
    void theUrlGivesTheFiltersBack() {
        AuditParams params = AuditParams.of(Map.of("q", new String[] {"a&b =c"}, "action", new String[] {"TAG"},
                "page", new String[] {"2"}));
        assertEquals("q=a%26b+%3Dc&action=TAG&page=2", params.queryString());
        assertEquals("q=a%26b+%3Dc&action=TAG", params.filtersOnly().queryString());
        assertEquals("q=a%26b+%3Dc&action=TAG&page=0", params.onPage(0).queryString());
    }
}
