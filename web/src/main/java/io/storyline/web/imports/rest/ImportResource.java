package io.storyline.web.imports.rest;

import io.storyline.domain.common.Page;
import io.storyline.domain.common.PageRequest;
import io.storyline.domain.imports.ImportItem;
import io.storyline.ingestion.bulk.BulkImports;
import io.storyline.web.imports.ImportActions;
import io.storyline.web.rest.InvalidRequestException;
import io.storyline.web.rest.RequestValues;
import io.storyline.web.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** {@code /api/imports}: bulk imports of server folders and ZIPs, for admins. */
@Path("/imports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class ImportResource {

    @EJB
    BulkImports imports;

    @Inject
    Clock clock;

    @EJB
    ImportActions actions;

    @Context
    SecurityContext security;

    @Context
    UriInfo uriInfo;

    /** The body of {@code POST /api/imports}: a folder or ZIP inside the import roots, and an optional publisher. */
    public record StartJson(String source, String publisher) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response start(StartJson start) {
        if (start == null || start.source() == null) {
            throw new InvalidRequestException("Send {\"source\": \"folder or file.zip\"} (inside " + imports.roots() + ").");
        }
        ImportJson job = ImportJson.of(actions.start(start.source(), start.publisher()), clock.instant());
        return Response.accepted(job)
                .location(uriInfo.getBaseUriBuilder().path("imports").path(String.valueOf(job.id())).build())
                .build();
    }

    @GET
    public List<ImportJson> list() {
        return imports.list().stream().map(j -> ImportJson.of(j, clock.instant())).toList();
    }

    /** The folders imports may read from. */
    @GET
    @Path("/roots")
    public Map<String, List<String>> roots() {
        return Map.of("roots", imports.roots());
    }

    @GET
    @Path("/{id}")
    public ImportJson get(@PathParam("id") long id) {
        return ImportJson.of(imports.get(id), clock.instant());
    }

    /** The per-file report: {@code status} = PENDING, IMPORTED, DUPLICATE or FAILED (any when absent). */
    @GET
    @Path("/{id}/items")
    public Map<String, Object> items(@PathParam("id") long id, @QueryParam("status") String status,
                                     @QueryParam("page") String page, @QueryParam("size") String size) {
        ImportItem.Status filter = null;
        if (status != null && !status.isBlank()) {
            try {
                filter = ImportItem.Status.valueOf(status.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new InvalidRequestException("Unknown status \"" + status + "\"; use PENDING, IMPORTED, DUPLICATE or FAILED.");
            }
        }
        PageRequest request = RequestValues.page(page, size, 100, PageRequest.MAX_SIZE);
        Page<ImportItemJson> items = imports.items(id, filter, request).map(ImportItemJson::of);
        return Map.of("items", items.items(), "total", items.total());
    }

    @POST
    @Path("/{id}/stop")
    public ImportJson stop(@PathParam("id") long id) {
        ImportJson job = ImportJson.of(actions.stop(id, null), clock.instant());
        return job;
    }

    @POST
    @Path("/{id}/resume")
    public ImportJson resume(@PathParam("id") long id) {
        ImportJson job = ImportJson.of(actions.resume(id, null), clock.instant());
        return job;
    }
}
