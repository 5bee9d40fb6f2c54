package io.storyline.web.analysis.rest;

import io.storyline.analysis.knowledge.KnowledgeAdmin;
import io.storyline.analysis.knowledge.KnowledgeAdmin.AliasInput;
import io.storyline.analysis.knowledge.KnowledgeAdmin.EventTypeInput;
import io.storyline.analysis.knowledge.KnowledgeAdmin.NameInput;
import io.storyline.web.analysis.rest.AnalysisJson.AliasJson;
import io.storyline.web.analysis.rest.AnalysisJson.EventTypeJson;
import io.storyline.web.analysis.rest.AnalysisJson.NameJson;
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
import java.util.List;

/**
 * {@code /api/knowledge}: the alias table, the gazetteer and the event taxonomy. Editors and admins read them;
 * admins change them. A change applies to documents analysed from then on; re-analyse to apply it to the archive
 * ({@code POST /api/documents/reanalyze}).
 */
@Path("/knowledge")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class KnowledgeResource {

    @EJB
    KnowledgeAdmin knowledge;

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
        return Response.status(Response.Status.CREATED).entity(AliasJson.of(knowledge.addAlias(input, user()))).build();
    }

    @PUT
    @Path("/aliases/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    public AliasJson changeAlias(@PathParam("id") long id, AliasInput input) {
        return AliasJson.of(knowledge.changeAlias(id, input, user()));
    }

    @DELETE
    @Path("/aliases/{id}")
    @RolesAllowed(Roles.ADMIN)
    public Response deleteAlias(@PathParam("id") long id) {
        knowledge.deleteAlias(id, user());
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
        return Response.status(Response.Status.CREATED).entity(NameJson.of(knowledge.addName(input, user()))).build();
    }

    @PUT
    @Path("/gazetteer/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    public NameJson changeName(@PathParam("id") long id, NameInput input) {
        return NameJson.of(knowledge.changeName(id, input, user()));
    }

    @DELETE
    @Path("/gazetteer/{id}")
    @RolesAllowed(Roles.ADMIN)
    public Response deleteName(@PathParam("id") long id) {
        knowledge.deleteName(id, user());
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
        return Response.status(Response.Status.CREATED)
                .entity(EventTypeJson.of(knowledge.addEventType(input, user()))).build();
    }

    @PUT
    @Path("/event-types/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    public EventTypeJson changeEventType(@PathParam("code") String code, EventTypeInput input) {
        return EventTypeJson.of(knowledge.changeEventType(code, input, user()));
    }

    @DELETE
    @Path("/event-types/{code}")
    @RolesAllowed(Roles.ADMIN)
    public Response deleteEventType(@PathParam("code") String code) {
        knowledge.deleteEventType(code, user());
        return Response.noContent().build();
    }

    private String user() {
        return security.getUserPrincipal().getName();
    }
}
