package io.storyline.web.documents.rest;

import io.storyline.ingestion.catalog.DocumentCatalog;
import io.storyline.ingestion.catalog.DocumentNotFoundException;
import io.storyline.ingestion.catalog.Tagging;
import io.storyline.web.documents.DocumentActions;
import io.storyline.web.rest.Problem;
import io.storyline.web.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;

/** {@code /api/documents/{id}/tags}: a document's tags, and archivists putting them on and taking them off. */
@Path("/documents/{id}/tags")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DocumentTagResource {

    @EJB
    DocumentCatalog catalog;

    @EJB
    DocumentActions actions;

    @Context
    SecurityContext security;

    /** The document's tags, by name. */
    @GET
    @RolesAllowed(Roles.READER)
    public List<TagJson> tags(@PathParam("id") long id) {
        return catalog.tags(id).stream().map(TagJson::of).toList();
    }

    /** Puts a tag on the document (201 when it is new there, 200 when it was there); answers its tags. */
    @PUT
    @Path("/{name}")
    @RolesAllowed(Roles.ARCHIVIST)
    public Response addTag(@PathParam("id") long id, @PathParam("name") String name) {
        Tagging tagging = actions.tag(id, List.of(name));
        if (!tagging.found()) {
            throw new DocumentNotFoundException(id);
        }
        return Response.status(tagging.added().isEmpty() ? Response.Status.OK : Response.Status.CREATED)
                .entity(tags(id)).type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    /** Takes a tag off the document: 204, or 404 when it does not carry that tag. */
    @DELETE
    @Path("/{name}")
    @RolesAllowed(Roles.ARCHIVIST)
    public Response removeTag(@PathParam("id") long id, @PathParam("name") String name) {
        if (actions.untag(id, name)) {
            return Response.noContent().build();
        }
        return Problem.of(Response.Status.NOT_FOUND, "tag-not-found",
                "Document " + id + " has no tag \"" + name.strip() + "\".").toResponse();
    }
}
