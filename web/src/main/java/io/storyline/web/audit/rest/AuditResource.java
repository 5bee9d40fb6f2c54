package io.storyline.web.audit.rest;

import io.storyline.domain.audit.AuditEntry;
import io.storyline.domain.audit.AuditEntryRepository;
import io.storyline.domain.audit.AuditFilter;
import io.storyline.domain.common.Page;
import io.storyline.web.audit.AuditCsv;
import io.storyline.web.audit.AuditExports;
import io.storyline.web.audit.AuditLog;
import io.storyline.web.audit.AuditParams;
import io.storyline.web.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * {@code /api/audit}: the audit log for admins. {@code GET} a page of entries, newest first, or the whole filtered
 * log as CSV. There is no way to change or delete an entry: other methods answer 405.
 */
@Path("/audit")
@RequestScoped
@RolesAllowed(Roles.ADMIN)
public class AuditResource {

    /** The most rows one export holds; a narrower filter gets the rest. */
    static final int MAX_EXPORT_ROWS = 1_000_000;
    private static final int BATCH = 500;
    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
            .withZone(ZoneOffset.UTC);

    @EJB
    AuditLog log;

    @EJB
    AuditExports exports;

    @Inject
    Clock clock;

    /** {@code {"items": [...], "total": n, "page": p, "size": s}}, newest first. */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> list(@QueryParam("q") String q, @QueryParam("user") String user,
                                    @QueryParam("action") String action, @QueryParam("from") String from,
                                    @QueryParam("to") String to, @QueryParam("page") String page,
                                    @QueryParam("size") String size) {
        AuditParams params = new AuditParams(q, user, action, from, to, page, size);
        var request = params.pageRequest();
        Page<AuditEntryJson> found = log.search(params.filter(), request).map(AuditEntryJson::of);
        return Map.of("items", found.items(), "total", found.total(), "page", request.page(),
                "size", request.size());
    }

    /** The filtered log as CSV, newest first, streamed; the export itself is recorded. */
    @GET
    @Path("/export")
    @Produces("text/csv; charset=UTF-8")
    public Response export(@QueryParam("q") String q, @QueryParam("user") String user,
                           @QueryParam("action") String action, @QueryParam("from") String from,
                           @QueryParam("to") String to) {
        AuditParams params = new AuditParams(q, user, action, from, to, null, null);
        AuditFilter filter = exports.export(params);
        StreamingOutput body = out -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            writer.write(AuditCsv.header());
            AuditEntryRepository.Position after = null;
            int written = 0;
            while (written < MAX_EXPORT_ROWS) {
                List<AuditEntry> batch = log.batch(filter, after, Math.min(BATCH, MAX_EXPORT_ROWS - written));
                for (AuditEntry entry : batch) {
                    writer.write(AuditCsv.row(entry));
                }
                written += batch.size();
                if (batch.size() < BATCH) {
                    break;
                }
                after = AuditEntryRepository.Position.of(batch.get(batch.size() - 1));
                writer.flush();
            }
            writer.flush();
        };
        return Response.ok(body, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"storyline-audit-"
                        + FILE_TIME.format(clock.instant()) + ".csv\"")
                .header("Cache-Control", "no-store")
                .build();
    }
}
