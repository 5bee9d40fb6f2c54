package io.storyline.web.knowledge.rest;

import io.storyline.analysis.knowledge.KnowledgeAdmin.AliasInput;
import io.storyline.analysis.knowledge.KnowledgeAdmin.EventTypeInput;
import io.storyline.analysis.knowledge.KnowledgeAdmin.NameInput;
import io.storyline.analysis.knowledge.KnowledgeAdmin;
import io.storyline.analysis.preview.EventTypePreview;
import io.storyline.web.knowledge.CsvBodies;
import io.storyline.web.knowledge.KnowledgeActions;
import io.storyline.web.knowledge.rest.KnowledgeJson.AliasJson;
import io.storyline.web.knowledge.rest.KnowledgeJson.EventTypeJson;
import io.storyline.web.knowledge.rest.KnowledgeJson.ImportJson;
import io.storyline.web.knowledge.rest.KnowledgeJson.NameJson;
import io.storyline.web.knowledge.rest.KnowledgeJson.PreviewJson;
import io.storyline.web.rest.Problem;
import io.storyline.web.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.function.Function;

/**
 * {@code /api/knowledge}: the alias table, the gazetteer and the event taxonomy. Editors and admins read them;
 * admins change them. A change applies to documents analysed from then on; re-analyse to apply it to the archive
 * ({@code POST /api/documents/reanalyze}). The alias table and the gazetteer also go out and come in as CSV (formats in
 * {@link io.storyline.analysis.knowledge.KnowledgeCsv}); every change is audited.
 */
@Path("/knowledge")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class KnowledgeResource {

    @EJB
    KnowledgeAdmin knowledge;

    @EJB
    EventTypePreview previews;

    @EJB
    KnowledgeActions actions;

    @Context
    SecurityContext security;

    @GET
    @Path("/aliases")
    @RolesAllowed(Roles.EDITOR)
    public List<AliasJson> aliases(@QueryParam("q") String q) {
        return knowledge.aliases(q).stream().map(AliasJson::of).toList();
    }

    @POST
    @Path("/aliases")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    public Response addAlias(AliasInput input) {
        AliasJson added = AliasJson.of(actions.saveAlias(null, input));
        return Response.status(Response.Status.CREATED).entity(added).build();
    }

    @PUT
    @Path("/aliases/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    public AliasJson changeAlias(@PathParam("id") long id, AliasInput input) {
        return AliasJson.of(actions.saveAlias(id, input));
    }

    @DELETE
    @Path("/aliases/{id}")
    @RolesAllowed(Roles.ADMIN)
    public Response deleteAlias(@PathParam("id") long id) {
        actions.deleteAlias(id);
        return Response.noContent().build();
    }

    @GET
    @Path("/gazetteer")
    @RolesAllowed(Roles.EDITOR)
    public List<NameJson> gazetteer(@QueryParam("q") String q) {
        return knowledge.gazetteer(q).stream().map(NameJson::of).toList();
    }

    @POST
    @Path("/gazetteer")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    public Response addName(NameInput input) {
        NameJson added = NameJson.of(actions.saveName(null, input));
        return Response.status(Response.Status.CREATED).entity(added).build();
    }

    @PUT
    @Path("/gazetteer/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    public NameJson changeName(@PathParam("id") long id, NameInput input) {
        return NameJson.of(actions.saveName(id, input));
    }

    @DELETE
    @Path("/gazetteer/{id}")
    @RolesAllowed(Roles.ADMIN)
    public Response deleteName(@PathParam("id") long id) {
        actions.deleteName(id);
        return Response.noContent().build();
    }

    @GET
    @Path("/event-types")
    @RolesAllowed(Roles.READER)
    public List<EventTypeJson> eventTypes() {
        return knowledge.eventTypes().stream().map(EventTypeJson::of).toList();
    }

    @GET
    @Path("/event-types/{code}")
    @RolesAllowed(Roles.READER)
    public EventTypeJson eventType(@PathParam("code") String code) {
        return EventTypeJson.of(knowledge.eventType(code));
    }

    @POST
    @Path("/event-types")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    public Response addEventType(EventTypeInput input) {
        EventTypeJson added = EventTypeJson.of(actions.saveEventType(null, input));
        return Response.status(Response.Status.CREATED).entity(added).build();
    }

    @PUT
    @Path("/event-types/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    public EventTypeJson changeEventType(@PathParam("code") String code, EventTypeInput input) {
        return EventTypeJson.of(actions.saveEventType(code, input));
    }

    @DELETE
    @Path("/event-types/{code}")
    @RolesAllowed(Roles.ADMIN)
    public Response deleteEventType(@PathParam("code") String code) {
        actions.deleteEventType(code);
        return Response.noContent().build();
    }

    /**
     * What the event type {@code code} would tag if changed to the rule sent (or added, when no type has the code),
     * on the newest analysed documents: {@code {added, removed, documentsLooked, sentencesLooked, ...}}.
     */
    @POST
    @Path("/event-types/{code}/preview")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    public PreviewJson preview(@PathParam("code") String code, EventTypeInput proposed) {
        return PreviewJson.of(previews.preview(code, proposed));
    }

    /** The alias table as CSV: {@code alias,canonical,type,kind,note}, formula-like cells made inert. */
    @GET
    @Path("/aliases.csv")
    @Produces("text/csv; charset=UTF-8")
    @RolesAllowed(Roles.EDITOR)
    public Response exportAliases() {
        var aliases = actions.exportAliases();
        return csv("storyline-aliases.csv", out -> CsvBodies.writeAliases(aliases, out));
    }

    /** The gazetteer as CSV: {@code name,type,case_sensitive,note}. */
    @GET
    @Path("/gazetteer.csv")
    @Produces("text/csv; charset=UTF-8")
    @RolesAllowed(Roles.EDITOR)
    public Response exportGazetteer() {
        var names = actions.exportGazetteer();
        return csv("storyline-gazetteer.csv", out -> CsvBodies.writeGazetteer(names, out));
    }

    /** Adds or updates every valid row of an alias CSV; answers the counts and the first 20 problems. */
    @POST
    @Path("/aliases/import")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @RolesAllowed(Roles.ADMIN)
    public Response importAliases(InputStream body) throws IOException {
        return imported(body, "aliases", actions::importAliases);
    }

    @POST
    @Path("/gazetteer/import")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @RolesAllowed(Roles.ADMIN)
    public Response importGazetteer(InputStream body) throws IOException {
        return imported(body, "gazetteer", actions::importGazetteer);
    }

    private Response imported(InputStream body, String what,
                              Function<String, io.storyline.analysis.knowledge.ImportReport> importer)
            throws IOException {
        String csv;
        try {
            csv = CsvBodies.read(body);
        } catch (CsvBodies.TooLargeException e) {
            return Problem.of(Response.Status.REQUEST_ENTITY_TOO_LARGE, "csv-too-large", e.getMessage()).toResponse();
        } catch (CsvBodies.NotTextException e) {
            return Problem.of(Response.Status.BAD_REQUEST, "csv-not-text", e.getMessage()).toResponse();
        }
        return Response.ok(ImportJson.of(importer.apply(csv))).build();
    }

    private static Response csv(String filename, StreamingOutput body) {
        return Response.ok(body, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + filename + "\"")
                .header("Cache-Control", "no-store")
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }
}
