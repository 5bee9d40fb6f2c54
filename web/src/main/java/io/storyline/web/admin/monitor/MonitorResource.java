package io.storyline.web.admin.monitor;

import io.storyline.ingestion.bulk.BulkImports;
import io.storyline.ingestion.monitor.IngestionMonitor;
import io.storyline.web.security.Roles;
import io.storyline.web.rest.RequestValues;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;

/**
 * {@code /api/monitor}, for admins: the ingestion monitor's figures, and retry or re-analysis of a failure group.
 * Imports are stopped and resumed through {@code /api/imports/{id}/stop|resume}.
 */
@Path("/monitor")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class MonitorResource {

    @EJB
    IngestionMonitor monitor;

    @EJB
    BulkImports imports;

    @Inject
    MonitorActions actions;

    @Inject
    Clock clock;

    @Context
    SecurityContext security;

    /** Queues, throughput and time left per stage; failure groups with {@code examples} latest documents (0-10). */
    @GET
    public MonitorJson monitor(@QueryParam("examples") String examples) {
        Instant now = clock.instant();
        return new MonitorJson(now,
                monitor.stages().stream().map(MonitorJson.StageJson::of).toList(),
                monitor.failures(RequestValues.integer("examples", examples, 0, IngestionMonitor.MAX_EXAMPLES, 1)).stream()
                        .map(MonitorJson.FailureJson::of).toList(),
                MonitorFormat.shownImports(imports.list()).stream()
                        .map(job -> MonitorJson.ImportSummaryJson.of(job, now)).toList());
    }

    /** Sends every document failed at {@code stage} for {@code reason} through the pipeline again: {@code {"retried": n}}. */
    @POST
    @Path("/failures/retry")
    public Response retryGroup(@QueryParam("stage") String stage, @QueryParam("reason") String reason) {
        int retried = actions.retryGroup(MonitorActions.stage(stage), MonitorActions.reason(reason), user());
        return Response.accepted(Map.of("retried", retried)).type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    /**
     * Analyses again every document whose analysis failed for {@code reason}: {@code {"reanalyzed": n}}. Failed
     * extractions have no text and are left out; retry them instead.
     */
    @POST
    @Path("/failures/reanalyze")
    public Response reanalyzeGroup(@QueryParam("reason") String reason) {
        int reanalyzed = actions.reanalyzeGroup(MonitorActions.reason(reason), user());
        return Response.accepted(Map.of("reanalyzed", reanalyzed)).type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    private String user() {
        return security.getUserPrincipal().getName();
    }
}
